import Foundation
import TamgaCore

/// A rectangle of an image to black out, in pixels from the top-left corner.
public struct RedactionRegion: Sendable, Equatable, CustomStringConvertible {
    public let x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// Parses `X,Y,W,H` (non-negative integers, W and H at least 1).
    public init(parsing text: String) throws {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4, let x = numbers[0], let y = numbers[1], let w = numbers[2], let h = numbers[3],
              x >= 0, y >= 0, w >= 1, h >= 1, x <= Int(Int32.max), y <= Int(Int32.max), w <= Int(Int32.max), h <= Int(Int32.max) else {
            throw VaultError.invalidArgument("--rect \(text) is not X,Y,W,H in pixels (four whole numbers, width and height at least 1)")
        }
        self.init(x: x, y: y, width: w, height: h)
    }

    public var description: String { "\(x),\(y),\(width),\(height)" }

    /// Whether it lies wholly inside an image of that size.
    public func fits(width imageWidth: Int, height imageHeight: Int) -> Bool {
        x + width <= imageWidth && y + height <= imageHeight
    }
}
