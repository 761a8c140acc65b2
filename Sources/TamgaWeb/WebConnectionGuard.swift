import Foundation
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// Keeps connections that hold no request from filling the server (web
/// round 40 F3: another local user, without the cookie, opened 1100
/// connections that each sent half a request line and stopped; the server
/// ran out of descriptors and the monitor got no page, not even Lock).
///
/// A connection is *waiting* from when it opens, and again after each
/// answer, until a whole request head has arrived (a half-sent request line
/// counts as nothing: the HTTP decoder gives no part for it). At most
/// `WebConnections.waitingLimit` connections wait at once: one more closes
/// the one that has waited longest. A browser sends its request as soon as
/// it connects, so its connection leaves the waiting set at once; an
/// attacker's connections push out only each other. The idle timeout closes
/// whatever waits longer than `WebServer.idleSeconds` anyway.
final class WebConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: WebConnections
    private var ticket: UInt64?

    init(_ connections: WebConnections) { self.connections = connections }

    func handlerAdded(context: ChannelHandlerContext) { wait(context) }

    func channelActive(context: ChannelHandlerContext) {
        wait(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { leave() }

    func channelInactive(context: ChannelHandlerContext) {
        leave()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { leave() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        context.write(data, promise: promise)
        if isEnd { wait(context) }
    }

    private func wait(_ context: ChannelHandlerContext) {
        guard ticket == nil else { return }
        let channel = context.channel
        ticket = connections.waiting { channel.close(promise: nil) }
    }

    private func leave() {
        if let ticket { connections.done(ticket) }
        ticket = nil
    }
}

/// The connections waiting for a request, oldest first, shared by all connections of one server.
final class WebConnections: @unchecked Sendable {
    /// Connections without a request at once; a browser uses about six.
    static let waitingLimit = 32

    private let lock = NSLock()
    private var next: UInt64 = 0
    private var waiting: [UInt64: @Sendable () -> Void] = [:]
    private let limit: Int

    init(limit: Int = WebConnections.waitingLimit) { self.limit = limit }

    /// Notes a waiting connection (`close` ends it); closes the longest waiting ones beyond the limit.
    func waiting(close: @escaping @Sendable () -> Void) -> UInt64 {
        let (ticket, evicted): (UInt64, [@Sendable () -> Void]) = lock.withLock {
            next += 1
            waiting[next] = close
            var evicted: [@Sendable () -> Void] = []
            while waiting.count > limit, let oldest = waiting.keys.min() {
                evicted.append(waiting.removeValue(forKey: oldest)!)
            }
            return (next, evicted)
        }
        evicted.forEach { $0() }
        return ticket
    }

    func done(_ ticket: UInt64) {
        _ = lock.withLock { waiting.removeValue(forKey: ticket) }
    }

    var count: Int { lock.withLock { waiting.count } }
}
