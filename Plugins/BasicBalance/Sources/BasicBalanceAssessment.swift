enum BasicBalancePlaceholder {}
