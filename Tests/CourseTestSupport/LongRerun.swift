/// A chapter whose experiment `fit` builds at once and, rerun at ``longFitValues``, trains for
/// seconds: what the tests of stopping a running rerun stop.
public let fittingChapter = """
    ---
    title: Fitting
    ---

    # Fitting

    ```{experiment} approximation
    id: fit
    widths: [2]
    activations: [relu]
    samples: 10
    steps: 10
    ```

    """

/// Rerun values at which `fit` trains for about 8 s on one core (20 000 steps over 2000 points).
public let longFitValues = #"{"widths":"16","samples":"2000","steps":"20000"}"#
