internal import CZlib
import Foundation

/// Encodes small images as PNG data URIs: each row filtered the way that suits it best (none, left
/// neighbour or row above, as libpng chooses), then deflated by zlib at its highest level.
enum PNGEncoder {
    /// Red, green, blue and opacity, 0…255 each.
    typealias Pixel = (UInt8, UInt8, UInt8, UInt8)

    /// How the bytes of a pixel are laid out (the PNG colour types used here).
    enum Layout: UInt8 {
        /// One gray byte per pixel.
        case gray = 0
        /// Red, green and blue bytes.
        case rgb = 2
        /// Red, green, blue and opacity bytes.
        case rgba = 6

        /// The bytes of one pixel.
        var bytesPerPixel: Int {
            switch self {
            case .gray: 1
            case .rgb: 3
            case .rgba: 4
            }
        }
    }

    /// A `data:image/png;base64,…` URI of `pixels`, rows top to bottom, each pixel (r, g, b, alpha).
    static func dataURI(width: Int, height: Int, pixels: [Pixel]) -> String {
        "data:image/png;base64," + encode(width: width, height: height, pixels: pixels).base64EncodedString()
    }

    /// A `data:image/png;base64,…` URI of `bytes`, rows top to bottom, laid out as `layout` says.
    static func dataURI(width: Int, height: Int, bytes: [UInt8], layout: Layout) -> String {
        "data:image/png;base64," + encode(width: width, height: height, bytes: bytes, layout: layout).base64EncodedString()
    }

    /// The PNG file of `pixels`, rows top to bottom; missing pixels are transparent.
    static func encode(width: Int, height: Int, pixels: [Pixel]) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(width * height * 4)
        for index in 0..<width * height {
            let pixel = index < pixels.count ? pixels[index] : (0, 0, 0, 0)
            bytes += [pixel.0, pixel.1, pixel.2, pixel.3]
        }
        return encode(width: width, height: height, bytes: bytes, layout: .rgba)
    }

    /// The PNG file of `bytes`, rows top to bottom; missing bytes are zeros.
    static func encode(width: Int, height: Int, bytes: [UInt8], layout: Layout) -> Data {
        let stride = width * layout.bytesPerPixel
        let padded = bytes.count >= stride * height ? bytes : bytes + Array(repeating: 0, count: stride * height - bytes.count)
        var filtered = [UInt8]()
        filtered.reserveCapacity(height * (1 + stride))
        for row in 0..<height {
            let line = padded[row * stride..<(row + 1) * stride]
            let above = row > 0 ? padded[(row - 1) * stride..<row * stride] : nil
            filtered += bestFilter(line, above: above, bytesPerPixel: layout.bytesPerPixel)
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, layout.rawValue, 0, 0, 0])
        png += chunk("IDAT", deflate(filtered))
        png += chunk("IEND", [])
        return png
    }

    /// A `data:image/png;base64,…` URI of an indexed-colour image: `indices[row * width + column]` picks
    /// a colour of `palette` (rows top to bottom); index `palette.count` is transparent. One byte per
    /// pixel, so a 40 × 40 heatmap takes about 2 KB before base64.
    static func indexedDataURI(width: Int, height: Int, palette: [(UInt8, UInt8, UInt8)], indices: [UInt8]) -> String {
        var raw = [UInt8]()
        raw.reserveCapacity(height * (1 + width))
        for row in 0..<height {
            raw.append(0)  // filter: none
            for column in 0..<width {
                let position = row * width + column
                raw.append(position < indices.count ? min(indices[position], UInt8(palette.count)) : UInt8(palette.count))
            }
        }
        let colours = palette + [(0, 0, 0)]
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 3, 0, 0, 0])
        png += chunk("PLTE", colours.flatMap { [$0.0, $0.1, $0.2] })
        png += chunk("tRNS", Array(repeating: 255, count: palette.count) + [0])
        png += chunk("IDAT", deflate(raw))
        png += chunk("IEND", [])
        return "data:image/png;base64," + png.base64EncodedString()
    }

    /// The row filtered with none (0), sub (1) or up (2), whichever leaves the smallest sum of bytes read
    /// as signed numbers (the heuristic of the PNG specification, section 12.8); the filter byte first.
    private static func bestFilter(_ line: ArraySlice<UInt8>, above: ArraySlice<UInt8>?, bytesPerPixel: Int) -> [UInt8] {
        let bytes = Array(line)
        let previous = above.map(Array.init) ?? Array(repeating: 0, count: bytes.count)
        let sub = bytes.indices.map { i in bytes[i] &- (i >= bytesPerPixel ? bytes[i - bytesPerPixel] : 0) }
        let up = bytes.indices.map { i in bytes[i] &- previous[i] }
        let candidates: [(UInt8, [UInt8])] = [(0, bytes), (1, sub), (2, up)]
        let cost = { (row: [UInt8]) in row.reduce(0) { $0 + Int(Int8(bitPattern: $1).magnitude) } }
        let best = candidates.min { cost($0.1) < cost($1.1) }!
        return [best.0] + best.1
    }

    /// A zlib stream of `data` at the best compression level.
    private static func deflate(_ data: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&out, &length, data, uLong(data.count), Z_BEST_COMPRESSION)
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        return Array(out.prefix(Int(length)))
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> Data {
        let typed = Array(type.utf8) + body
        let crc = UInt32(crc32(0, typed, uInt(typed.count)))
        return Data(bigEndian(UInt32(body.count)) + typed + bigEndian(crc))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
