import Foundation

// MARK: - The toy data of the mode-collapse papers

extension GaussianMixture2D {
    /// The 2D-ring of PacGAN (Lin et al., 2018, Table 1): 8 Gaussians with means (cos(2πi/8), sin(2πi/8)),
    /// radius 1, standard deviation 0.01 (`synthetic_data_experiments/2DRing_GAN&PacGAN/config.py` of the
    /// authors' code). VEEGAN (Srivastava et al., 2017, Table 1) measures the same kind of ring.
    public static let pacganRing = GaussianMixture2D.ring(modes: 8, radius: 1, std: 0.01)

    /// The 2D-grid of PacGAN (Lin et al., 2018, Table 1): 25 Gaussians with means (-4 + 2i, -4 + 2j) for
    /// i, j in 0...4 and standard deviation 0.05 (`2DGrid_GAN&PacGAN/config.py` of the authors' code).
    public static let pacganGrid = GaussianMixture2D.grid(coordinates: [-4, -2, 0, 2, 4], std: 0.05)

    /// The course's ring, used from lesson 08 on: 8 Gaussians on a circle of radius 2 with standard
    /// deviation 0.05, wider than the papers' so that a small network learns it in a few seconds.
    public static let courseRing = GaussianMixture2D.ring(modes: 8, radius: 2, std: 0.05)
}
