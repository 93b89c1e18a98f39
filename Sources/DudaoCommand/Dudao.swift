print("dudao")
