import Foundation

/// Encodes small RGBA images as PNG data URIs, uncompressed (stored deflate blocks), so heatmaps
/// stay exact and compact without a compression library.
enum PNGEncoder {
    /// Red, green, blue and opacity, 0…255 each.
    typealias Pixel = (UInt8, UInt8, UInt8, UInt8)

    /// A `data:image/png;base64,…` URI of `pixels`, rows top to bottom, each pixel (r, g, b, alpha).
    static func dataURI(width: Int, height: Int, pixels: [Pixel]) -> String {
        "data:image/png;base64," + encode(width: width, height: height, pixels: pixels).base64EncodedString()
    }

    static func encode(width: Int, height: Int, pixels: [Pixel]) -> Data {
        var raw = [UInt8]()
        raw.reserveCapacity(height * (1 + 4 * width))
        for row in 0..<height {
            raw.append(0)  // filter: none
            for column in 0..<width {
                let pixel = row * width + column < pixels.count ? pixels[row * width + column] : (0, 0, 0, 0)
                raw += [pixel.0, pixel.1, pixel.2, pixel.3]
            }
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 6, 0, 0, 0])
        png += chunk("IDAT", zlibStored(raw))
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
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return "data:image/png;base64," + png.base64EncodedString()
    }

    /// A zlib stream of stored (uncompressed) deflate blocks of at most 65,535 bytes.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let final: UInt8 = offset + length == data.count ? 1 : 0
            out += [final, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<offset + length]
            offset += length
        } while offset < data.count
        var (a, b): (UInt32, UInt32) = (1, 0)
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> Data {
        let typed = Array(type.utf8) + body
        return Data(bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed)))
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
