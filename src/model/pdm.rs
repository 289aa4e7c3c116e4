//! The point distribution model (OpenFace's `PDM` class): a 3D mean shape plus linear modes,
//! projected with a weak-perspective camera. Float32 throughout, as OpenFace stores it.

use crate::error::{Error, Result};
use crate::io::model_file::TextModelReader;
use crate::model::landmarks::Landmarks2d;
use std::path::Path;

/// Rigid parameters of the weak-perspective projection (OpenFace's `params_global`, `cv::Vec6f`):
/// `scale`, Euler rotation `rx, ry, rz` in radians (OpenFace's convention, R = Rx·Ry·Rz), and the
/// 2D translation `tx, ty` in image pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct GlobalParams {
    pub scale: f32,
    pub rotation: [f32; 3],
    pub tx: f32,
    pub ty: f32,
}

impl GlobalParams {
    /// From OpenFace's `cv::Vec6f` order: `[scale, rx, ry, rz, tx, ty]`.
    pub fn from_array(v: [f32; 6]) -> Self {
        GlobalParams {
            scale: v[0],
            rotation: [v[1], v[2], v[3]],
            tx: v[4],
            ty: v[5],
        }
    }

    /// As OpenFace's `cv::Vec6f` orders them: `[scale, rx, ry, rz, tx, ty]`.
    pub fn to_array(&self) -> [f32; 6] {
        [
            self.scale,
            self.rotation[0],
            self.rotation[1],
            self.rotation[2],
            self.tx,
            self.ty,
        ]
    }
}

/// Global plus local (non-rigid, one per mode) parameters of a fitted PDM.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PdmParams {
    pub global: GlobalParams,
    /// One coefficient per mode (34 for the 68-point model).
    pub local: Vec<f32>,
}

/// OpenFace's PDM (`PDM::Read`): `n` 3D points, `m` modes.
#[derive(Clone, Debug)]
pub struct Pdm {
    /// `3n` values: all X, then all Y, then all Z (millimetres).
    pub mean_shape: Vec<f32>,
    /// `3n × m` row-major principal components.
    pub princ_comp: Vec<f32>,
    /// `m` eigenvalues (variances of the modes).
    pub eigen_values: Vec<f32>,
}

impl Pdm {
    /// Reads an OpenFace PDM text file (mean shape, principal components, eigenvalues; read as
    /// double and stored as float, exactly as `PDM::Read` does).
    ///
    /// # Errors
    /// Missing file, malformed matrices, or inconsistent dimensions.
    pub fn read(path: &Path) -> Result<Self> {
        let mut r = TextModelReader::open(path)?;
        let mean = r.read_matrix()?;
        let pc = r.read_matrix()?;
        let ev = r.read_matrix()?;
        let bad = |detail: String| Error::ModelFormat {
            path: path.to_path_buf(),
            detail,
        };
        if mean.cols != 1 || mean.rows % 3 != 0 || mean.rows == 0 {
            return Err(bad(format!("mean shape is {}x{}", mean.rows, mean.cols)));
        }
        if pc.rows != mean.rows {
            return Err(bad(format!(
                "principal components have {} rows, mean shape {}",
                pc.rows, mean.rows
            )));
        }
        if ev.rows * ev.cols != pc.cols {
            return Err(bad(format!(
                "{} eigenvalues for {} modes",
                ev.rows * ev.cols,
                pc.cols
            )));
        }
        let f = |v: Vec<f64>| v.into_iter().map(|x| x as f32).collect::<Vec<f32>>();
        Ok(Pdm {
            mean_shape: f(mean.data),
            princ_comp: f(pc.data),
            eigen_values: f(ev.data),
        })
    }

    /// Number of landmarks `n`.
    pub fn num_points(&self) -> usize {
        self.mean_shape.len() / 3
    }

    /// Number of modes `m`.
    pub fn num_modes(&self) -> usize {
        self.eigen_values.len()
    }

    /// Principal component at (`row`, `mode`).
    #[inline]
    pub fn pc(&self, row: usize, mode: usize) -> f32 {
        self.princ_comp[row * self.num_modes() + mode]
    }

    /// 2D shape in the image from global and local parameters (`PDM::CalcShape2D`), in pixels.
    ///
    /// The 3D shape is [`Pdm::shape_3d`]'s. Each point is then rotated by `R = Rx·Ry·Rz` ([`crate::model::rotation::euler_to_rotation_matrix`]), scaled and
    /// translated in float, as OpenFace writes it.
    ///
    /// # Panics
    /// When `params.local` does not hold one value per mode.
    pub fn shape_2d(&self, params: &PdmParams) -> Landmarks2d {
        let n = self.num_points();
        let shape = self.shape_3d(&params.local);
        let g = &params.global;
        let r = crate::model::rotation::euler_to_rotation_matrix(g.rotation);
        let mut out = vec![0.0f32; 2 * n];
        for i in 0..n {
            let (x, y, z) = (shape[i], shape[i + n], shape[i + 2 * n]);
            out[i] = g.scale * (r[0][0] * x + r[0][1] * y + r[0][2] * z) + g.tx;
            out[i + n] = g.scale * (r[1][0] * x + r[1][1] * y + r[1][2] * z) + g.ty;
        }
        Landmarks2d::from_xs_then_ys(out).expect("2n coordinates")
    }

    /// 3D shape from local parameters (`PDM::CalcShape3D`): mean + PC · local, `3n` values laid
    /// out as all X, all Y, all Z.
    ///
    /// OpenFace gets the product from OpenBLAS (`sgemm`, Haswell kernel): per coordinate a chain
    /// of fused multiply-adds over the modes from zero, then the mean added. Reproduced here;
    /// an unfused sum differs by 1 ulp on about half the reference frames.
    ///
    /// # Panics
    /// When `local` does not hold one value per mode.
    pub fn shape_3d(&self, local: &[f32]) -> Vec<f32> {
        let m = self.num_modes();
        assert_eq!(
            local.len(),
            m,
            "local parameter count must equal the mode count"
        );
        let mut out = vec![0.0f32; self.mean_shape.len()];
        #[cfg(target_arch = "x86_64")]
        if crate::numeric::cpu::CpuLevel::get().vector() {
            // SAFETY: the AVX2 + FMA level implies FMA.
            unsafe { shape_3d_fma(&self.mean_shape, &self.princ_comp, local, &mut out) };
            return out;
        }
        shape_3d_into(&self.mean_shape, &self.princ_comp, local, &mut out);
        out
    }
}

/// `mean + PC · local` per coordinate, the chain fused as OpenBLAS's kernel fuses it. Without
/// the FMA instruction `f32::mul_add` is a libm call (the same correctly rounded result), 2% of
/// a tracked frame's time on 2015-10-15-15-14; hence the FMA-compiled twin below.
#[inline(always)]
fn shape_3d_into(mean_shape: &[f32], princ_comp: &[f32], local: &[f32], out: &mut [f32]) {
    let m = local.len();
    if m == 0 {
        out.copy_from_slice(mean_shape);
        return;
    }
    for ((o, &mean), pcs) in out
        .iter_mut()
        .zip(mean_shape)
        .zip(princ_comp.chunks_exact(m))
    {
        let mut acc = 0.0f32;
        for (p, l) in pcs.iter().zip(local) {
            acc = p.mul_add(*l, acc);
        }
        *o = acc + mean;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn shape_3d_fma(mean_shape: &[f32], princ_comp: &[f32], local: &[f32], out: &mut [f32]) {
    shape_3d_into(mean_shape, princ_comp, local, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The FMA-compiled twin and the portable body give the same bits, and both fuse: a chain
    /// summed with separate multiplies and adds differs on these values.
    #[test]
    fn shape_3d_kernels_agree_and_fuse() {
        let (rows, m) = (204, 34);
        let mut state = 0x2545_f491_u32;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state as f32 / u32::MAX as f32) * 2.0 - 1.0
        };
        let mean: Vec<f32> = (0..rows).map(|_| next() * 50.0).collect();
        let pc: Vec<f32> = (0..rows * m).map(|_| next()).collect();
        let local: Vec<f32> = (0..m).map(|_| next() * 10.0).collect();
        let mut plain = vec![0.0; rows];
        shape_3d_into(&mean, &pc, &local, &mut plain);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("fma") {
            let mut fused = vec![0.0; rows];
            // SAFETY: FMA detected above.
            unsafe { shape_3d_fma(&mean, &pc, &local, &mut fused) };
            assert_eq!(
                plain.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                fused.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
            );
        }
        let unfused: Vec<f32> = pc
            .chunks_exact(m)
            .zip(&mean)
            .map(|(pcs, &mu)| pcs.iter().zip(&local).fold(0.0f32, |a, (p, l)| a + p * l) + mu)
            .collect();
        assert_ne!(plain, unfused);
    }
}
