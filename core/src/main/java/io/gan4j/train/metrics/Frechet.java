package io.gan4j.train.metrics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors (Heusel et al., 2017, as FID computes it):
 * {@code ‖μ1 − μ2‖² + Tr(Σ1 + Σ2 − 2 (Σ1 Σ2)^½)}. The trace of the matrix square root is taken as
 * {@code Tr((Σ1^½ Σ2 Σ1^½)^½)}, the same value, from two symmetric eigen-decompositions (EJML): Σ1^½ from Σ1's,
 * then the square roots of the eigenvalues of the symmetric Σ1^½ Σ2 Σ1^½, with rounding's tiny negatives as 0.
 */
public final class Frechet {
    private Frechet() {}

    public static double distance(FeatureStats a, FeatureStats b) {
        int d = a.mean().length;
        if (b.mean().length != d) throw new IllegalArgumentException("Fréchet distance: " + d + " against " + b.mean().length + " features");
        double meanTerm = 0;
        for (int j = 0; j < d; j++) meanTerm += (a.mean()[j] - b.mean()[j]) * (a.mean()[j] - b.mean()[j]);
        DMatrixRMaj s1 = new DMatrixRMaj(a.covariance()), s2 = new DMatrixRMaj(b.covariance());
        DMatrixRMaj root = symmetricSqrt(s1);
        DMatrixRMaj tmp = new DMatrixRMaj(d, d), product = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(root, s2, tmp);
        CommonOps_DDRM.mult(tmp, root, product);
        symmetrise(product);
        double traceRoot = 0;
        for (double lambda : eigenvalues(product)) traceRoot += Math.sqrt(Math.max(0, lambda));
        return meanTerm + CommonOps_DDRM.trace(s1) + CommonOps_DDRM.trace(s2) - 2 * traceRoot;
    }

    /** V diag(√max(λ, 0)) Vᵀ for a symmetric positive semi-definite matrix. */
    static DMatrixRMaj symmetricSqrt(DMatrixRMaj m) {
        int d = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(m.copy())) throw new IllegalStateException("Fréchet distance: the eigen-decomposition did not converge");
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int k = 0; k < d; k++) {
            double s = Math.sqrt(Math.max(0, eig.getEigenvalue(k).getReal()));
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) out.add(i, j, s * v.get(i) * v.get(j));
        }
        return out;
    }

    private static double[] eigenvalues(DMatrixRMaj m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.numRows, false, true);
        if (!eig.decompose(m.copy())) throw new IllegalStateException("Fréchet distance: the eigen-decomposition did not converge");
        double[] out = new double[m.numRows];
        for (int k = 0; k < out.length; k++) out[k] = eig.getEigenvalue(k).getReal();
        return out;
    }

    /** (M + Mᵀ) / 2: the product is symmetric but for rounding. */
    private static void symmetrise(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                double avg = (m.get(i, j) + m.get(j, i)) / 2;
                m.set(i, j, avg);
                m.set(j, i, avg);
            }
        }
    }
}
