import Foundation
import NetEngine
import Testing

@testable import Experiments

/// Claims that must hold whatever the seed.
@Suite struct CoreKindTests {
    @Test(arguments: [UInt64(0), 1, 7])
    func deepLinearNetworksCollapseAndCannotSolveXor(seed: UInt64) throws {
        let values = try run(LinearityCollapseKind(), seed: seed, ["depth": .integer(10)])
        #expect(try #require(values.number("maxDifference")) < 1e-9)
        #expect(try #require(values.number("linearResidual")) < 1e-9)
        #expect(try #require(values.number("reluResidual")) > 0.05)
        #expect(try #require(values.number("deepLinearAccuracy")) <= 0.75)
        #expect(try #require(values.number("singleLayerAccuracy")) <= 0.75)
        #expect(try #require(values.number("reluAccuracy")) >= 0.97)
    }

    @Test(arguments: [UInt64(0), 5])
    func smallWeightsShrinkTheSignalByThePredictedGain(seed: UInt64) throws {
        let values = try run(
            LayerGainKind(), seed: seed,
            [
                "activations": .list([.choice("sigmoid"), .choice("tanh")]), "scales": .list([.number(0.1)]),
                "epochs": .integer(1),
            ])
        for name in ["sigmoid", "tanh"] {
            let measured = try #require(values.number("measuredGain.\(name).0"))
            let predicted = try #require(values.number("predictedGain.\(name).0"))
            #expect(abs(measured / predicted - 1) < 0.1, "\(name): \(measured) against \(predicted)")
        }
        // The error vanishes while the weight-gradient ratio looks healthy: raw pixels inflate it.
        #expect(try #require(values.number("errorRatio.tanh.0")) < 0.1)
        #expect(try #require(values.number("weightGradientRatio.tanh.0")) > 0.5)
        #expect(try #require(values.number("tanhIdentityError")) < 1e-12)
    }

    @Test func placedUnitsFitWhatTheySpanExactlyAndSineBetterWithWidth() {
        let interval = -Double.pi...Double.pi
        let train = (0..<200).map { -Double.pi + (Double($0) + 0.5) * 2 * Double.pi / 200 }
        let test = (0..<101).map { -Double.pi + Double($0) * 2 * Double.pi / 100 }
        let ramp = PlacedUnits.fit(
            { max(0, $0) }, units: 1, activation: "relu", on: interval, train: train, test: test)
        #expect(ramp.meanSquaredError < 1e-20)
        for activation in ["relu", "sigmoid", "tanh"] {
            let errors = [2, 4, 8, 16].map { units in
                PlacedUnits.fit(
                    { sin($0) }, units: units, activation: activation, on: interval, train: train, test: test
                )
                .meanSquaredError
            }
            #expect(zip(errors, errors.dropFirst()).allSatisfy { $1 < $0 }, "\(activation): \(errors)")
            #expect(errors.last! < 0.01, "\(activation): \(errors)")
        }
    }

    @Test func doublingTheBumpsHalvesTheLargestError() throws {
        let values = try run(SigmoidBumpsKind(), ["bumps": .list([8, 16, 32, 64].map(ParameterValue.integer))])
        let errors = values.numbers("maxError")
        #expect(errors.count == 4)
        for (coarse, fine) in zip(errors, errors.dropFirst()) {
            #expect((0.4...0.6).contains(fine / coarse), "\(errors)")
        }
        #expect(values.numbers("stepGap") == values.numbers("stepGap").sorted(by: >))
    }

    @Test func collapsedNetworkIsOneLayerWithTheSameFunction() {
        var generator = SeededGenerator(seed: 4)
        let network = randomNetwork(
            sizes: [3, 5, 4, 2], hidden: .identity, weightInitializer: .glorotUniform, biasScale: 1,
            using: &generator)
        let collapsed = network.collapsedToOneLayer()
        #expect(collapsed.layers.count == 1)
        let inputs = Matrix([[0.3, -1, 2], [1, 1, 1]])
        #expect(zip(network(inputs).elements, collapsed(inputs).elements).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func defaultCompositionIsTwoZToTheSixPlus42() throws {
        let values = try run(PolynomialCompositionKind())
        #expect(values.number("degree") == 6)
        #expect(values.numbers("composed") == [42, 0, 0, 0, 0, 0, 2])
        #expect(values.numbers("linearDepthDegrees").allSatisfy { $0 == 1 })
        let exact = values.numbers("depthDegrees")
        #expect(exact == [2, 4, 8, 16, 32, 64])
        let measured = try #require(values["numericDegree"]?.elements)
        for (degree, value) in zip(exact, measured) {
            if degree <= 12 { #expect(value.number == degree) } else { #expect(value == .string("not measurable")) }
        }
    }

    @Test func anOverflowingNetworkHasNoMeasuredDegree() throws {
        let values = try run(
            PolynomialCompositionKind(),
            ["activation": .list(Array(repeating: .number(100), count: 5)), "maxDepth": .integer(8)])
        #expect(ResultValue.object(values).value(at: ["numericDegree", "7"]) == .string("not measurable"))
        #expect(values.number("depthDegrees.7") == 65536)
    }

    @Test func numericDegreeFindsEveryDegreeUpToTwelve() {
        for degree in 0...12 {
            let polynomial = Polynomial((0...degree).map { Double($0 % 3) - 0.5 })
            #expect(NumericDegree.measure { $0.map(polynomial.evaluate(at:)) } == polynomial.degree, "degree \(degree)")
        }
        let high = Polynomial(Array(repeating: 0, count: 20) + [1])
        #expect(NumericDegree.measure { $0.map(high.evaluate(at:)) } == nil)
    }

    @Test func tentsDoubleTheirPiecesWithEveryLayer() throws {
        let values = try run(
            LinearRegionsKind(),
            [
                "tentLayers": .integer(10), "depths": .list([.integer(1)]), "widths": .list([.integer(4)]),
            ])
        #expect(values.numbers("tentRegions") == (1...10).map { Double(1 << $0) })
    }

    @Test func exactPieceCountAgreesWithDenseSampling() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<5 {
            let network = randomNetwork(
                sizes: [2, 6, 6, 1], hidden: .relu, weightInitializer: .heNormal, biasScale: 0.5,
                using: &generator)
            let (origin, direction) = LinearRegionsKind.randomLine(inputs: 2, using: &generator)
            let exact = LinearPieces.count(network, origin: origin, direction: direction, in: -3...3)
            // Sample the activation pattern densely along the line and count its changes.
            let steps = 200_000
            let points = (0...steps).flatMap { index -> [Double] in
                let t = -3 + 6 * Double(index) / Double(steps)
                return [origin[0] + t * direction[0], origin[1] + t * direction[1]]
            }
            let trace = network.forward(Matrix(rows: steps + 1, columns: 2, elements: points))
            let hidden = trace.layers.dropLast().map(\.preActivation)
            var changes = 0
            var previous: [Bool] = []
            for row in 0...steps {
                let pattern = hidden.flatMap { z in (0..<z.columns).map { z[row, $0] > 0 } }
                if row > 0 && pattern != previous { changes += 1 }
                previous = pattern
            }
            #expect(changes + 1 == exact)
        }
    }

    @Test(arguments: [UInt64(0), 3])
    func forwardAndBackwardMasksAgreeAndTheLinearizedNetworkIsAffine(seed: UInt64) throws {
        let values = try run(ReluMaskKind(), seed: seed, ["epochs": .integer(20)])
        #expect(values.number("maskAgreement") == 1)
        #expect(try #require(values.number("checkedUnits")) > 1000)
        #expect(try #require(values.number("linearizedResidual")) < 1e-9)
    }

    @Test(arguments: [UInt64(0), 2])
    func deadUnitsGetExactlyZeroGradient(seed: UInt64) throws {
        let values = try run(
            DeadReluKind(), seed: seed,
            [
                "learningRates": .list([.number(0.05), .number(2)]), "epochs": .integer(3),
                "bornDead.width": .list([.integer(1)]), "bornDead.depth": .list([.integer(2), .integer(4)]),
                "bornDead.trials": .integer(2000),
            ])
        #expect(values.number("deadGradientMax") == 0)
        #expect(try #require(values.number("deadUnitsChecked")) > 0)
        #expect(try #require(values.number("deadFraction.1")) > 0.3)
        // Width one, zero biases: dead with probability 1 − 2^−(depth−1).
        #expect(abs(try #require(values.number("bornDeadProbability.0.0")) - 0.5) < 0.04)
        #expect(abs(try #require(values.number("bornDeadProbability.0.1")) - 0.875) < 0.03)
    }

    @Test func bornDeadAtAPointIsDecidedAtThatPoint() {
        var generator = SeededGenerator(seed: 1)
        let counts = (0..<400).filter { _ in
            DeadReluKind.isBornDead(width: 1, depth: 1, pointOnly: true, using: &generator)
        }.count
        // One unit relu(w·1) with w ~ N(0, 2): dead at x = 1 exactly when w ≤ 0.
        #expect(abs(Double(counts) / 400 - 0.5) < 0.08)
    }

    @Test func sigmoidSlopeNeverExceedsAQuarterAndCrossEntropyKeepsTheWrongOutputsGradient() throws {
        let values = try run(
            SigmoidSaturationKind(),
            [
                "epochs": .integer(1), "activations": .list([.choice("sigmoid")]),
                "initializations": .list([.choice("standard"), .choice("scaled")]),
            ])
        #expect(values.number("maxSigmoidDerivative") == 0.25)
        #expect(try #require(values.number("wrongOutputGradient.crossEntropy")) > 0.99)
        #expect(try #require(values.number("wrongOutputGradient.squaredError")) < 0.01)
        // Small standard weights: nothing saturated, yet the first layer's gradient is tiny.
        #expect(values.numbers("saturatedFraction.sigmoid.standard").allSatisfy { $0 == 0 })
        #expect(try #require(values.number("gradientRatio.sigmoid.standard")) < 0.01)
    }

    @Test(arguments: ["tanh", "sigmoid"], [UInt64(0), 9])
    func flippingUnitsLeavesTheFunctionUnchanged(activation: String, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let network = Network(
            sizes: [8, 16, 12, 5], hidden: activation == "tanh" ? .tanh : .sigmoid,
            weightInitializer: .glorotUniform, biasValue: 0.3, using: &generator)
        let (flipped, units) = SignSymmetryKind.flip(network, share: 0.5, using: &generator)
        #expect(units.map(\.count) == [8, 6])
        let inputs = Matrix(rows: 50, columns: 8, elements: (0..<400).map { _ in generator.nextUniform(in: -2...2) })
        #expect((network(inputs) - flipped(inputs)).elements.map(abs).max()! < 1e-12)
        #expect(flipped.denseLayers[0].weights != network.denseLayers[0].weights)
    }

    @Test func aTrainedSigmoidClassifierFlipsExactlyAndAReLUOneDoesNot() throws {
        let values = try run(SignSymmetryKind(), seed: 2, ["epochs": .integer(5)])
        #expect(try #require(values.number("trainedFlip.predictionChanges")) == 0)
        #expect(try #require(values.number("trainedFlip.maxLogitDifference")) < 1e-9)
        let before = try #require(values.number("trainedFlip.correlationBefore"))
        let after = try #require(values.number("trainedFlip.correlationAfter"))
        #expect(before > 0.1 && abs(after + before) < 1e-9, "\(before) then \(after)")
        #expect(try #require(values.number("reluFlip.predictionChanges")) > 0.2)
        let shares = try #require(values.number("againstShare.relu"))
        #expect(shares >= 0 && shares <= 1)
    }

    @Test func informativeWeightsGrowAndNoiseWeightsOnlyShrinkUnderDecay() throws {
        let plain = try run(FeatureGrowthKind(), seed: 3, ["epochs": .integer(100)])
        #expect(try #require(plain.number("ratio")) > 1.3)
        #expect(abs(try #require(plain.number("noiseGrowth")) - 1) < 0.15)
        let decayed = try run(FeatureGrowthKind(), seed: 3, ["weightDecay": .number(0.02)])
        #expect(try #require(decayed.number("noiseGrowth")) < 0.7)
    }

    @Test func steppedSigmoidErrorNeverGrowsAndIsSmallFromTenCopies() throws {
        let copies = Array(1...30)
        let values = try run(SteppedSigmoidKind(), ["copies": .list(copies.prefix(12).map(ParameterValue.integer))])
        let errors = values.numbers("maxErrorSoftplus")
        #expect(zip(errors, errors.dropFirst()).allSatisfy { $1 <= $0 })
        #expect(errors.suffix(3).allSatisfy { $0 < 0.02 })
        let many = try run(
            SteppedSigmoidKind(), ["copies": .list([10, 20, 50, 200, 1000].map(ParameterValue.integer))])
        #expect(many.numbers("maxErrorSoftplus").allSatisfy { $0 < 0.02 && $0 > 0.005 })
    }

    @Test(arguments: [UInt64(0), 5])
    func everyActivationFitsSineFromSixteenUnits(seed: UInt64) throws {
        let values = try run(
            ApproximationKind(), seed: seed,
            ["widths": .list([.integer(16), .integer(32)]), "shownWidth": .integer(16)])
        for activation in ["relu", "sigmoid", "tanh"] {
            #expect(
                values.numbers("testMSE.\(activation)").allSatisfy { $0 < 0.01 },
                "\(activation): \(values.numbers("testMSE.\(activation)"))")
        }
    }

    @Test(arguments: [UInt64(0), 4])
    func biasFreeReluAndNormalizedModelsIgnoreDimming(seed: UInt64) throws {
        let values = try run(
            BrightnessKind(), seed: seed,
            [
                "intensities": .list([.number(0.5), .number(1), .number(2)]), "epochs": .integer(4),
                "models": .list(BrightnessKind.models.map(ParameterValue.choice)),
            ])
        for model in ["reluMLPNoBias", "softmaxNoBias", "pooledReluMLPNoBias"] {
            #expect(values.number("accuracy.\(model).raw.0") == values.number("accuracy.\(model).raw.1"), "\(model)")
        }
        for model in BrightnessKind.models {
            #expect(
                values.number("accuracy.\(model).normalized.0") == values.number("accuracy.\(model).normalized.1"),
                "\(model)")
            #expect(values.number("changedImages.\(model).normalized.0") == 0, "\(model)")
        }
        #expect(try #require(values.number("clippedShare.2")) > 0.2)
        #expect(values.number("clippedShare.0") == 0)
    }

    @Test func aMaxPoolGivesNoInvarianceToANetworkWithBiases() throws {
        let values = try run(
            BrightnessKind(), seed: 2,
            [
                "intensities": .list([.number(0.25), .number(1)]), "treatments": .list([.choice("raw")]),
                "models": .list([.choice("pooledReluMLP"), .choice("pooledReluMLPNoBias")]),
            ])
        #expect(values.number("changedImages.pooledReluMLPNoBias.raw.0") == 0)
        let changed = try #require(values.number("changedImages.pooledReluMLP.raw.0"))
        #expect(changed > 10)
        let share = try #require(values.number("changedPredictions.pooledReluMLP.raw.0"))
        #expect(abs(share - changed / 359) < 1e-12)
        #expect(values.number("testImages") == 359)
        #expect(values["accuracy"]?.value(at: ["pooledReluMLP", "normalized"]) == nil)
    }

    @Test func everyKindRunsItsDefaultsDeterministically() throws {
        for kind in experimentKinds {
            let first = try kind.run(ParameterValues(defaultsOf: kind.parameters), seed: 5)
            let second = try kind.run(ParameterValues(defaultsOf: kind.parameters), seed: 5)
            #expect(first == second, "\(kind.name)")
            #expect(!first.figures.isEmpty, "\(kind.name) draws no figure")
            let names = Set(first.figures.map(\.name) + first.tables.map(\.name))
            #expect(
                names == Set(kind.outputs.map(\.path)),
                "\(kind.name): outputs documented as \(kind.outputs.map(\.path))")
        }
    }
}
