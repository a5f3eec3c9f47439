/// Binary cross-entropy of a batch of logits against one label, averaged:
/// mean of -[y log sigmoid(l) + (1 - y) log(1 - sigmoid(l))].
///
/// Computed as softplus(l) - y * l, which never takes the log of a rounded-off
/// zero, so confident logits give exact, finite losses and gradients.
public func binaryCrossEntropy(logits: Tensor, label: Float) -> Tensor {
    (logits.softplus() - logits * label).mean()
}
