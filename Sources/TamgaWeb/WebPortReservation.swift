import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Holds the server's port on the other loopback address (`[::1]` when the
/// server listens on 127.0.0.1, and the reverse), bound but never listening.
///
/// The server's address is a `*.localhost` name, which a browser resolves to
/// both 127.0.0.1 and ::1 and may try ::1 first. Without this, another local
/// user could listen on `[::1]:PORT` and receive the monitor's requests, the
/// session cookie and the access token with them. A socket bound without
/// `SO_REUSEADDR` keeps every other user off that address and port (Linux
/// refuses their bind), and a connection to it is refused at once, so the
/// browser falls back to the server's own address.
final class WebPortReservation: @unchecked Sendable {
    private let descriptor: Int32
    /// The port held (the one asked for, or the one the system chose for 0).
    let port: Int

    /// Why the port could not be held: the caller stops, since another program holds it.
    struct Taken: Error, CustomStringConvertible {
        let description: String
    }

    /// Binds `port` (0: any free port) on the loopback address of `family`
    /// (AF_INET or AF_INET6). Nil when the machine has no such loopback
    /// address (IPv6 switched off): then no browser can reach it there either.
    init?(family: Int32, port: Int) throws {
        let socketType = Int32(SOCK_STREAM.rawValue)
        let descriptor = socket(family, socketType, 0)
        if descriptor < 0 {
            if errno == EAFNOSUPPORT { return nil }
            throw Taken(description: "cannot open a socket to hold the port (errno \(errno))")
        }
        var result: Int32
        if family == AF_INET6 {
            var only: Int32 = 1
            _ = setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &only, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            address.sin6_addr = in6addr_loopback
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = in_addr_t(UInt32(0x7f00_0001).bigEndian)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        if result != 0 {
            let error = errno
            close(descriptor)
            if error == EADDRNOTAVAIL || error == EAFNOSUPPORT { return nil }
            let address = family == AF_INET6 ? "[::1]" : "127.0.0.1"
            throw Taken(description: "port \(port) on \(address) is held by another program (errno \(error)); "
                + "a browser could be sent there: start `tamga serve` again, or choose another --port")
        }
        var bound = sockaddr_in6()
        var length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        _ = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        // sin_port and sin6_port sit at the same offset.
        self.port = Int(UInt16(bigEndian: bound.sin6_port))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
