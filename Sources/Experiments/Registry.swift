import Foundation
import NetEngine

/// Every experiment kind the course knows, in the order `course kinds` lists them.
public let experimentKinds: [any ExperimentKind] = [
    ActivationGalleryKind(),
    GradientCheckKind(),
    LinearityCollapseKind(),
    LinearBottleneckKind(),
    PolynomialCompositionKind(),
    LinearRegionsKind(),
    ReluMaskKind(),
    DeadReluKind(),
    SigmoidSaturationKind(),
    LayerGainKind(),
    SignSymmetryKind(),
    FeatureGrowthKind(),
    SteppedSigmoidKind(),
    ApproximationKind(),
    SigmoidBumpsKind(),
    BrightnessKind(),
    NormalizationKind(),
    OptimizersKind(),
    InitializationKind(),
    TrainingGridKind(),
]

/// The kind named `name`, if there is one.
public func experimentKind(named name: String) -> (any ExperimentKind)? {
    experimentKinds.first { $0.name == name }
}

/// The resource bundles whose files the experiments read (the digits data), so a cache can key
/// its entries on their contents.
public var experimentResourceBundles: [Bundle] { [netEngineResourceBundle] }
