import ArgumentParser
import DudaoDaemon

/// Starts `dudaod`; everything it does is in ``Dudaod``.
@main
enum DaemonMain {
    static func main() async {
        await Dudaod.main()
    }
}
