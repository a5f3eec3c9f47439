/// The L1 distance of pix2pix (Isola et al., 2017, eq. 3): mean of |prediction - target| over every
/// value of the batch, as a 1x1 tensor.
///
/// Its gradient with respect to the prediction is sign(prediction - target) / count (0 where they are
/// equal), and none flows into the target, which is data. Minimised over a distribution of targets,
/// it is smallest at their per-pixel median, which is why L1 alone gives safe, blurry guesses.
public func meanAbsoluteError(_ prediction: Tensor, _ target: Tensor) -> Tensor {
    require(prediction.shape == target.shape,
            "meanAbsoluteError: prediction \(prediction.shape) and target \(target.shape) differ in shape")
    require(prediction.count > 0, "meanAbsoluteError: shape \(prediction.shape) has no values")
    let total = zip(prediction.data, target.data).reduce(0.0) { $0 + Double(abs($1.0 - $1.1)) }
    let count = prediction.count
    return Tensor(rows: 1, cols: 1, data: [Float(total / Double(count))], parents: [prediction]) { out in
        let scale = out.grad[0] / Float(count)
        prediction.withGrad { g in
            for i in 0..<count {
                let difference = prediction.data[i] - target.data[i]
                g[i] += difference > 0 ? scale : difference < 0 ? -scale : 0
            }
        }
    }
}
