extension MLP {
    /// An independent network with the same layer sizes, activations and parameter values, so that
    /// several runs can start from exactly the same point.
    public func copy() -> MLP {
        var unused = RNG(seed: 0)
        let sizes = [layers[0].inputs] + layers.map(\.outputs)
        // Hidden layers share the first layer's activation (MLP's init gives them one); a one-layer
        // network has only its output activation.
        let twin = MLP(sizes: sizes, activation: layers[0].activation, output: layers[layers.count - 1].activation,
                       using: &unused)
        for (target, source) in zip(twin.parameters, parameters) {
            target.assign(source.data)
            target.requiresGrad = source.requiresGrad
        }
        return twin
    }
}
