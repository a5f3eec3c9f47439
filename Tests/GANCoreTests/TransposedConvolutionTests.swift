import XCTest
@testable import GANCore

final class TransposedConvolutionTests: XCTestCase {
    private var rng = RNG(seed: 21)

    private func random(_ rows: Int, _ cols: Int) -> Tensor {
        Tensor.randomNormal(rows: rows, cols: cols, using: &rng)
    }

    /// The defining property: <convT(x), y> = <x, conv(y)> for the same kernel, stride and padding
    /// (the transposed map's matrix is the convolution's, transposed), here with zero biases.
    func testItIsTheTransposeOfTheConvolution() {
        let small = ImageShape(height: 3, width: 4, channels: 2)
        let layer = ConvTranspose2D(input: small, outputChannels: 3, kernel: 4, stride: 2, padding: 1, using: &rng)
        XCTAssertEqual(layer.output, ImageShape(height: 6, width: 8, channels: 3))
        layer.weight.assign(random(layer.weight.rows, layer.weight.cols).data)
        let x = random(2, small.count), y = random(2, layer.output.count)
        let grown = layer(x)
        let shrunk = y.conv2d(layer.weight, Tensor.zeros(rows: 1, cols: 2), input: layer.output, stride: 2, padding: 1)
        XCTAssertEqual(shrunk.shape, x.shape)
        let left = zip(grown.data, y.data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        let right = zip(x.data, shrunk.data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        XCTAssertEqual(left, right, accuracy: 1e-4 * max(1, abs(left)))
    }

    func testBiasIsAddedToEveryPixelOfItsChannel() {
        let shape = ImageShape(height: 2, width: 2, channels: 1)
        let out = Tensor.zeros(rows: 1, cols: 4).transposedConv2d(
            Tensor.zeros(rows: 32, cols: 1), Tensor([[1, -2]]), input: shape, stride: 2, padding: 1)
        XCTAssertEqual(out.data, Array(repeating: [1, -2], count: 16).flatMap { $0 })
    }

    func testGradients() {
        let small = ImageShape(height: 3, width: 2, channels: 2)
        checkGradients([random(2, small.count), random(16 * 3, 2), random(1, 3)]) {
            $0[0].transposedConv2d($0[1], $0[2], input: small, stride: 2, padding: 1).tanh()
        }
        let odd = ImageShape(height: 2, width: 3, channels: 3)
        checkGradients([random(3, odd.count), random(9 * 2, 3), random(1, 2)]) {
            $0[0].transposedConv2d($0[1], $0[2], input: odd, stride: 1, padding: 0)
        }
    }

    func testTheDCGANNetworksFitTogether() {
        let image = ImageShape(height: 16, width: 16, channels: 1)
        let generator = DCGAN.generator(noise: 8, image: image, width: 4, using: &rng)
        let discriminator = DCGAN.discriminator(image: image, width: 4, using: &rng)
        let samples = generator(random(5, 8))
        XCTAssertEqual(samples.shape, [5, 256])
        XCTAssertTrue(samples.data.allSatisfy { abs($0) <= 1 })
        XCTAssertEqual(discriminator(samples).shape, [5, 1])
    }
}
