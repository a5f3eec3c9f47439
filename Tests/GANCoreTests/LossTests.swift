import Foundation
import XCTest
@testable import GANCore

final class LossTests: XCTestCase {
    func testBinaryCrossEntropyMatchesTheTextbookFormula() {
        let logits = Tensor([[-2], [0.5], [3]])
        for label: Float in [0, 1] {
            let expected = logits.data.map { l -> Double in
                let p = 1 / (1 + exp(-Double(l)))
                return -(Double(label) * log(p) + (1 - Double(label)) * log(1 - p))
            }.reduce(0, +) / 3
            XCTAssertEqual(Double(binaryCrossEntropy(logits: logits, label: label).scalar), expected, accuracy: 1e-6)
        }
    }

    func testBinaryCrossEntropyIsStableForConfidentLogits() {
        let logits = Tensor([[-200], [200]], requiresGrad: true)
        let loss = binaryCrossEntropy(logits: logits, label: 1)
        XCTAssertEqual(loss.scalar, 100, accuracy: 1e-4)  // (200 + 0) / 2
        loss.backward()
        XCTAssertEqual(logits.grad, [-0.5, 0])
    }

    func testGeneratorCostsOnLogitsAgreeWithTheirDefinitions() {
        let logits: [Float] = [-3, -0.5, 0, 1.5]
        let tensor = Tensor(rows: 4, cols: 1, data: logits)
        let outputs = logits.map { 1 / (1 + exp(-Double($0))) }
        for cost in GeneratorCost.allCases {
            let expected = outputs.map { cost.value(discriminatorOutput: $0) }.reduce(0, +) / 4
            XCTAssertEqual(Double(cost.loss(fakeLogits: tensor).scalar), expected, accuracy: 1e-5, "\(cost)")
        }
    }

    func testGeneratorCostValuesFromTheTutorial() {
        XCTAssertEqual(GeneratorCost.minimax.value(discriminatorOutput: 0.5), log(0.5), accuracy: 1e-12)
        XCTAssertEqual(GeneratorCost.nonSaturating.value(discriminatorOutput: 0.5), log(2), accuracy: 1e-12)
        XCTAssertEqual(GeneratorCost.maximumLikelihood.value(discriminatorOutput: 0.5), -1, accuracy: 1e-12)
        XCTAssertEqual(GeneratorCost.maximumLikelihood.value(discriminatorOutput: 0.8), -4, accuracy: 1e-12)
    }
}
