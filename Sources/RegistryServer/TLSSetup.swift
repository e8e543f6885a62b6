import Foundation
import NIOSSL
import ProtopkgBasics

/// The server's TLS configuration from `--tls-cert` and `--tls-key` (PEM), read and checked at
/// start so that a wrong path or a key that does not match fails before the server listens.
enum TLSSetup {
    static func configuration(_ config: RegistryConfiguration) throws -> TLSConfiguration? {
        switch (config.tlsCertificate, config.tlsKey) {
        case (nil, nil): return nil
        case (_?, nil), (nil, _?):
            throw ProtopkgError("HTTPS needs both a certificate and its private key",
                                hint: "pass --tls-cert FILE and --tls-key FILE together (PEM), or neither for plain HTTP")
        case let (cert?, key?):
            let chain: [NIOSSLCertificate]
            do {
                chain = try NIOSSLCertificate.fromPEMFile(cert)
            } catch {
                throw ProtopkgError("cannot read the TLS certificate: \(error)", at: cert,
                                    hint: "pass a PEM file holding the server certificate (and its chain)")
            }
            guard !chain.isEmpty else {
                throw ProtopkgError("the TLS certificate file holds no certificate", at: cert, hint: "pass a PEM certificate file")
            }
            let privateKey: NIOSSLPrivateKey
            do {
                privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
            } catch {
                throw ProtopkgError("cannot read the TLS private key: \(error)", at: key,
                                    hint: "pass the PEM private key of the certificate (unencrypted)")
            }
            var tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) },
                                                               privateKey: .privateKey(privateKey))
            tls.minimumTLSVersion = .tlsv12
            // A key that does not belong to the certificate is caught here rather than at the first handshake.
            do {
                _ = try NIOSSLContext(configuration: tls)
            } catch {
                throw ProtopkgError("the TLS certificate and key cannot be used together: \(error)", at: key,
                                    hint: "check that the key is the certificate's private key")
            }
            return tls
        }
    }
}
