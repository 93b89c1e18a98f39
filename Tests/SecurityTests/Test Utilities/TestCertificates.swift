import Foundation

/// A CA, server certificates and client certificates made with the system's `openssl` in a
/// temporary directory, once per test run.
///
/// Client certificates, by subject CN: `xihu-county`, `hangzhou-city` and `zhejiang-province`
/// signed by the test CA; `stranger` (CN `xihu-county`) signed by another CA; `expired`
/// (CN `xihu-county`) signed by the test CA but valid only in January 2020. The server
/// certificates, with SANs 127.0.0.1 and localhost, are `server` (test CA) and `server2` (the
/// other CA), so a client trusting one CA only tells which one it was served.
struct TestCertificates: Sendable {
    let directory: URL

    /// Made on first use, on a thread of its own: running openssl blocks, and blocking Swift's
    /// cooperative threads would stall every other test running meanwhile. Every test shares
    /// the files, which no test changes.
    private static let shared = Task<TestCertificates, any Error> {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try TestCertificates.make() })
            }
        }
    }

    static func get() async throws -> TestCertificates {
        try await Self.shared.value
    }

    func url(_ name: String) -> URL {
        self.directory.appendingPathComponent(name)
    }

    func pem(_ name: String) -> URL { self.url("\(name).pem") }
    func key(_ name: String) -> URL { self.url("\(name).key") }

    private static func make() throws -> TestCertificates {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-certs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = """
            set -e
            key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
            ca() { key $1.key; openssl req -x509 -new -key $1.key -subj "/CN=$2" -days 3650 -out $1.pem \\
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign; }
            leaf() {
              key $1.key; openssl req -new -key $1.key -subj "/CN=$2" -out $1.csr
              printf '%s\\n' "$4" > $1.ext
              openssl x509 -req -in $1.csr -CA $3.pem -CAkey $3.key -CAcreateserial -days 30 -extfile $1.ext -out $1.pem; }
            ca ca "Dudao Test CA"
            ca other-ca "Other CA"
            leaf server localhost ca "subjectAltName=IP:127.0.0.1,DNS:localhost"
            leaf server2 localhost other-ca "subjectAltName=IP:127.0.0.1,DNS:localhost"
            for cn in xihu-county hangzhou-city zhejiang-province; do leaf $cn $cn ca "extendedKeyUsage=clientAuth"; done
            leaf stranger xihu-county other-ca "extendedKeyUsage=clientAuth"
            mkdir -p ca-db && : > ca-db/index.txt && echo 1000 > ca-db/serial
            printf '%s\\n' '[ca]' 'default_ca = test' '[test]' 'database = ca-db/index.txt' 'serial = ca-db/serial' \\
              'new_certs_dir = ca-db' 'default_md = sha256' 'policy = any' 'unique_subject = no' '[any]' \\
              'commonName = supplied' '[client]' 'extendedKeyUsage = clientAuth' > ca.cnf
            key expired.key
            openssl req -new -key expired.key -subj "/CN=xihu-county" -out expired.csr
            openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \\
              -startdate 20200101000000Z -enddate 20200201000000Z -extensions client -notext
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        let log = directory.appendingPathComponent("openssl.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw CertificateError(message: "openssl failed (\(process.terminationStatus)): \(output)")
        }
        return TestCertificates(directory: directory)
    }
}

struct CertificateError: Error, CustomStringConvertible {
    var message: String
    var description: String { self.message }
}
