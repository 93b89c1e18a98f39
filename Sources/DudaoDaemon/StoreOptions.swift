import ArgumentParser

/// `--store` and its password file, shared by serving and by `dudaod admin store migrate`.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: "postgres://USER@HOST:PORT/DB[?sslmode=require|verify-full&sslrootcert=FILE] to keep records in PostgreSQL (default: SQLite in --data-dir)."
    )
    var store: String?

    @Option(
        name: .customLong("store-password-file"),
        help: "File whose first line is the database password (else DUDAO_STORE_PASSWORD; never on the command line)."
    )
    var storePasswordFile: String?
}
