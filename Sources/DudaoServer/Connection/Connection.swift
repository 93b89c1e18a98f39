/// One client connection: the handshake, its calls, its timers.
final class Connection {}
