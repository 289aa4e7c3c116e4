//! A per-user file of the CCNF experts' `Σ` matrices, so that a run reads them instead of
//! inverting them again.
//!
//! OpenFace computes every expert's `Σ` (`CCNF_patch_expert::ComputeSigmas`, a Cholesky
//! inverse of up to 121 × 121) when it loads the model; this crate computes each on its first
//! use, which on a 330-frame 320×240 video is about a fifth of a one-thread run (0.3 s for the
//! few hundred experts a frontal face uses). The matrices depend only on the expert's weights
//! and the edge-potential components, so they are kept here across runs, keyed by the SHA-256
//! of exactly those inputs (and of [`FORMAT`], which changes whenever the computation does):
//! a `Σ` read back is the one the computation gives, bit for bit, for any model directory.
//!
//! One file, `ccnf-sigmas.bin` in the cache directory (`PYFACEAU_CACHE`, `off` for none; see
//! [`crate::io::verified_stamps::cache_dir`]): a header, an index of (key, offset, size,
//! CRC-32) records and the matrices. A run reads the index when the model loads and each
//! matrix (`pread`) on its first use; a matrix whose CRC, size or place does not check out is
//! computed instead. The matrices a run computes are added when the model is dropped: the
//! current file is read again (another process may have replaced it), merged with them and
//! written to a temporary file that is renamed into place, so concurrent runs each leave a
//! whole file (one of them wins; what the other added is computed again later). Above
//! [`MAX_FILE_BYTES`] the oldest entries go first. Failures to read or write the file never
//! fail a run: it only means computing.

use super::ccnf::SigmaMatrix;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The version of the file layout and of the `Σ` computation; part of every key.
pub const FORMAT: u32 = 1;

/// The cache file's name in the cache directory.
pub const FILE_NAME: &str = "ccnf-sigmas.bin";

/// Largest file kept (every view of the general model at its windows is about 50 MB).
pub const MAX_FILE_BYTES: u64 = 128 << 20;

const MAGIC: &[u8; 8] = b"PFAUSIGM";
const HEADER_BYTES: usize = 16;
const RECORD_BYTES: usize = 56;

/// The SHA-256 of everything one `Σ` is computed from.
pub type SigmaKey = [u8; 32];

/// One stored matrix: `size` rows of `stride` floats (the layout of the in-memory `Σ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    offset: u64,
    size: u32,
    stride: u32,
    crc: u32,
}

impl Slot {
    fn bytes(&self) -> u64 {
        self.size as u64 * self.stride as u64 * 4
    }
}

/// What a run did with the cache (for tests and `--verbose` reports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SigmaCacheStats {
    /// Matrices read from the file.
    pub read: usize,
    /// Matrices looked up and not found, or found damaged.
    pub missed: usize,
    /// Matrices found damaged (bad CRC, size or place).
    pub damaged: usize,
}

/// The cache file of one run: its index, read when the model loads, and the matrices the run
/// computes, added to the file when the cache is dropped.
#[derive(Debug)]
pub struct SigmaCache {
    path: PathBuf,
    /// The file the index was read from (kept open: a replacement leaves it intact).
    file: Option<File>,
    index: HashMap<SigmaKey, Slot>,
    /// The matrices in memory, shared by experts with the same key (mirrored views have
    /// identical experts), and whether this run computed them (to be added to the file).
    resident: Mutex<HashMap<SigmaKey, (Arc<SigmaMatrix>, bool)>>,
    stats: Mutex<SigmaCacheStats>,
}

impl SigmaCache {
    /// The cache in the per-user cache directory, or `None` when caching is off or there is
    /// no such directory.
    pub fn open_default() -> Option<Arc<Self>> {
        crate::io::verified_stamps::cache_dir().map(|dir| Arc::new(Self::open(&dir)))
    }

    /// The cache file in `dir`; an unreadable, foreign or damaged file reads as empty.
    pub fn open(dir: &Path) -> Self {
        let path = dir.join(FILE_NAME);
        let (file, index) = match File::open(&path).and_then(|mut f| {
            let index = read_index(&mut f)?;
            Ok((f, index))
        }) {
            Ok((f, index)) => (Some(f), index),
            Err(_) => (None, HashMap::new()),
        };
        SigmaCache {
            path,
            file,
            index,
            resident: Mutex::default(),
            stats: Mutex::default(),
        }
    }

    /// The matrix of `key`: one already in memory, or one stored in the file, intact and of
    /// `shape` (rows, padded row length); a stored one of another shape counts as damaged.
    pub(crate) fn get(&self, key: &SigmaKey, shape: (usize, usize)) -> Option<Arc<SigmaMatrix>> {
        if let Some((m, _)) = lock(&self.resident).get(key) {
            return Some(Arc::clone(m));
        }
        let found = self.index.get(key).and_then(|slot| {
            let file = self.file.as_ref()?;
            let fits = (slot.size as usize, slot.stride as usize) == shape;
            let read = fits.then(|| read_slot(file, slot)).flatten();
            if read.is_none() {
                lock(&self.stats).damaged += 1;
            }
            read
        });
        let mut stats = lock(&self.stats);
        let Some(m) = found else {
            stats.missed += 1;
            return None;
        };
        stats.read += 1;
        let m = Arc::new(m);
        let mut resident = lock(&self.resident);
        let (m, _) = resident.entry(*key).or_insert((m, false));
        Some(Arc::clone(m))
    }

    /// Keeps a matrix computed in this run (added to the file when the cache drops) and
    /// returns the one to use: `sigma`, or the same matrix another expert put there first.
    pub(crate) fn insert(&self, key: SigmaKey, sigma: Arc<SigmaMatrix>) -> Arc<SigmaMatrix> {
        let mut resident = lock(&self.resident);
        let (m, _) = resident.entry(key).or_insert((sigma, true));
        Arc::clone(m)
    }

    /// What this run read, missed and found damaged so far.
    pub fn stats(&self) -> SigmaCacheStats {
        *lock(&self.stats)
    }

    /// The cache file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds the matrices computed in this run to the file (see the module documentation);
    /// nothing is written when none were computed.
    ///
    /// # Errors
    /// The directory or the temporary file could not be written.
    pub fn save(&self) -> std::io::Result<()> {
        let added: Vec<(SigmaKey, Arc<SigmaMatrix>)> = lock(&self.resident)
            .iter_mut()
            .filter(|(_, (_, new))| *new)
            .map(|(k, (m, new))| {
                *new = false;
                (*k, Arc::clone(m))
            })
            .collect();
        if added.is_empty() {
            return Ok(());
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        // The file as it is now (another run may have replaced it since this one opened it);
        // what this run computed replaces an entry of the same key (one found damaged).
        let current = File::open(&self.path)
            .and_then(|mut f| read_index(&mut f).map(|index| (f, index)))
            .ok();
        let mut kept: Vec<(SigmaKey, Slot)> = current
            .as_ref()
            .map(|(_, index)| {
                let added: HashSet<&SigmaKey> = added.iter().map(|(k, _)| k).collect();
                index
                    .iter()
                    .filter(|(k, _)| !added.contains(k))
                    .map(|(k, s)| (*k, *s))
                    .collect()
            })
            .unwrap_or_default();
        kept.sort_by_key(|(_, s)| s.offset);
        // Oldest first out while the file would be too large.
        let new_bytes: u64 = added
            .iter()
            .map(|(_, s)| (RECORD_BYTES + s.transposed.len() * 4) as u64)
            .sum();
        let mut total = HEADER_BYTES as u64
            + new_bytes
            + kept
                .iter()
                .map(|(_, s)| RECORD_BYTES as u64 + s.bytes())
                .sum::<u64>();
        let mut first = 0;
        while first < kept.len() && total > MAX_FILE_BYTES {
            total -= RECORD_BYTES as u64 + kept[first].1.bytes();
            first += 1;
        }
        let kept = &kept[first..];
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        write_file(
            tmp.as_file_mut(),
            current.as_ref().map(|(f, _)| f),
            kept,
            &added,
        )?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

impl Drop for SigmaCache {
    fn drop(&mut self) {
        // A cache that cannot be written only means computing again next time.
        let _ = self.save();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn invalid(detail: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, detail.to_string())
}

/// Reads and checks the header and index; every slot must lie inside the file.
fn read_index(f: &mut File) -> std::io::Result<HashMap<SigmaKey, Slot>> {
    let len = f.metadata()?.len();
    let mut header = [0u8; HEADER_BYTES];
    f.read_exact(&mut header)?;
    if &header[..8] != MAGIC || u32_at(&header, 8) != FORMAT {
        return Err(invalid("not a Σ cache of this version"));
    }
    let count = u32_at(&header, 12) as usize;
    let index_end = HEADER_BYTES as u64 + count as u64 * RECORD_BYTES as u64;
    if index_end > len {
        return Err(invalid("index past the end of the file"));
    }
    let mut records = vec![0u8; count * RECORD_BYTES];
    f.read_exact(&mut records)?;
    let mut index = HashMap::with_capacity(count);
    for r in records.chunks_exact(RECORD_BYTES) {
        let key: SigmaKey = r[..32].try_into().expect("32 bytes");
        let slot = Slot {
            offset: u64::from_le_bytes(r[32..40].try_into().expect("8 bytes")),
            size: u32_at(r, 40),
            stride: u32_at(r, 44),
            crc: u32_at(r, 48),
        };
        let fits = slot.offset >= index_end
            && slot
                .offset
                .checked_add(slot.bytes())
                .is_some_and(|end| end <= len);
        if fits && slot.size > 0 && slot.stride as u64 >= slot.size as u64 {
            index.insert(key, slot);
        }
    }
    Ok(index)
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

/// One matrix, read at its offset and checked against its CRC-32.
fn read_slot(file: &File, slot: &Slot) -> Option<SigmaMatrix> {
    let mut bytes = vec![0u8; usize::try_from(slot.bytes()).ok()?];
    read_at(file, &mut bytes, slot.offset).ok()?;
    if crc32fast::hash(&bytes) != slot.crc {
        return None;
    }
    let transposed = bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect();
    Some(SigmaMatrix {
        size: slot.size as usize,
        stride: slot.stride as usize,
        transposed,
    })
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(not(unix))]
fn read_at(_file: &File, _buf: &mut [u8], _offset: u64) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The little-endian bytes of a matrix, in bounded pieces.
fn matrix_bytes(m: &SigmaMatrix) -> impl Iterator<Item = Vec<u8>> + '_ {
    m.transposed
        .chunks(4096)
        .map(|c| c.iter().flat_map(|v| v.to_le_bytes()).collect())
}

/// Header, index, then the matrices in index order: those `kept` copied from `old`, then
/// those `added`.
fn write_file(
    f: &mut File,
    old: Option<&File>,
    kept: &[(SigmaKey, Slot)],
    added: &[(SigmaKey, Arc<SigmaMatrix>)],
) -> std::io::Result<()> {
    let count = u32::try_from(kept.len() + added.len()).map_err(|_| invalid("too many entries"))?;
    let mut out = std::io::BufWriter::new(f);
    out.write_all(MAGIC)?;
    out.write_all(&FORMAT.to_le_bytes())?;
    out.write_all(&count.to_le_bytes())?;
    let mut offset = (HEADER_BYTES + count as usize * RECORD_BYTES) as u64;
    let mut record = |key: &SigmaKey, size: usize, stride: usize, crc: u32, bytes: u64| {
        let mut r = [0u8; RECORD_BYTES];
        r[..32].copy_from_slice(key);
        r[32..40].copy_from_slice(&offset.to_le_bytes());
        r[40..44].copy_from_slice(&(size as u32).to_le_bytes());
        r[44..48].copy_from_slice(&(stride as u32).to_le_bytes());
        r[48..52].copy_from_slice(&crc.to_le_bytes());
        offset += bytes;
        r
    };
    for (key, s) in kept {
        let r = record(key, s.size as usize, s.stride as usize, s.crc, s.bytes());
        out.write_all(&r)?;
    }
    for (key, m) in added {
        let mut crc = crc32fast::Hasher::new();
        matrix_bytes(m).for_each(|b| crc.update(&b));
        let bytes = m.transposed.len() as u64 * 4;
        out.write_all(&record(key, m.size, m.stride, crc.finalize(), bytes))?;
    }
    if let Some(old) = old {
        let mut buf = vec![0u8; 1 << 16];
        for (_, s) in kept {
            let (mut at, end) = (s.offset, s.offset + s.bytes());
            while at < end {
                let n = ((end - at) as usize).min(buf.len());
                read_at(old, &mut buf[..n], at)?;
                out.write_all(&buf[..n])?;
                at += n as u64;
            }
        }
    }
    for (_, m) in added {
        for b in matrix_bytes(m) {
            out.write_all(&b)?;
        }
    }
    out.flush()
}

/// The key of one `Σ`: [`FORMAT`], the window, the components' digest ([`components_digest`])
/// and the expert's `alpha`s and `beta`s, bit for bit.
pub fn sigma_key(window: usize, components: &[u8; 32], alphas: &[f64], betas: &[f64]) -> SigmaKey {
    let mut h = Sha256::new();
    h.update(b"ccnf sigma");
    h.update(FORMAT.to_le_bytes());
    h.update((window as u64).to_le_bytes());
    h.update(components);
    h.update((alphas.len() as u64).to_le_bytes());
    for a in alphas {
        h.update(a.to_bits().to_le_bytes());
    }
    h.update((betas.len() as u64).to_le_bytes());
    for b in betas {
        h.update(b.to_bits().to_le_bytes());
    }
    h.finalize().into()
}

/// The SHA-256 of one window's edge-potential components (their count, then each matrix's
/// length and floats).
pub fn components_digest(components: &[Vec<f32>]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update((components.len() as u64).to_le_bytes());
    for c in components {
        h.update((c.len() as u64).to_le_bytes());
        let bytes: Vec<u8> = c.iter().flat_map(|v| v.to_le_bytes()).collect();
        h.update(&bytes);
    }
    h.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (rows, padded row length) of a `size`-row test matrix.
    fn shape(size: usize) -> (usize, usize) {
        (size, size.next_multiple_of(8))
    }

    fn sigma(size: usize, seed: f32) -> SigmaMatrix {
        let (size, stride) = shape(size);
        SigmaMatrix {
            size,
            stride,
            transposed: (0..size * stride).map(|i| seed + i as f32 * 0.25).collect(),
        }
    }

    /// The matrix `cache` gives for `key(i)`, of `size` rows.
    fn read(cache: &SigmaCache, i: u8, size: usize) -> Option<SigmaMatrix> {
        cache.get(&key(i), shape(size)).as_deref().cloned()
    }

    /// The matrix a fresh run over `dir` reads for `key(i)`, of `size` rows.
    fn stored(dir: &Path, i: u8, size: usize) -> Option<SigmaMatrix> {
        read(&SigmaCache::open(dir), i, size)
    }

    fn key(i: u8) -> SigmaKey {
        sigma_key(9, &components_digest(&[vec![i as f32]]), &[0.5], &[1.0])
    }

    #[test]
    fn saved_matrices_read_back_bit_for_bit() {
        let dir = tempfile::tempdir().unwrap();
        {
            let cache = SigmaCache::open(dir.path());
            assert_eq!(read(&cache, 1, 49), None);
            cache.insert(key(1), Arc::new(sigma(49, 1.0)));
            cache.insert(key(2), Arc::new(sigma(81, -3.5)));
        }
        let cache = SigmaCache::open(dir.path());
        assert_eq!(read(&cache, 1, 49), Some(sigma(49, 1.0)));
        assert_eq!(read(&cache, 2, 81), Some(sigma(81, -3.5)));
        assert_eq!(read(&cache, 3, 49), None);
        let stats = cache.stats();
        assert_eq!((stats.read, stats.missed, stats.damaged), (2, 1, 0));
    }

    #[test]
    fn later_runs_add_to_the_file_and_keep_what_was_there() {
        let dir = tempfile::tempdir().unwrap();
        let first = SigmaCache::open(dir.path());
        let second = SigmaCache::open(dir.path());
        first.insert(key(1), Arc::new(sigma(9, 1.0)));
        first.save().unwrap();
        second.insert(key(2), Arc::new(sigma(9, 2.0)));
        second.save().unwrap();
        let cache = SigmaCache::open(dir.path());
        assert_eq!(read(&cache, 1, 9), Some(sigma(9, 1.0)));
        assert_eq!(read(&cache, 2, 9), Some(sigma(9, 2.0)));
    }

    #[test]
    fn a_damaged_matrix_is_not_returned() {
        let dir = tempfile::tempdir().unwrap();
        SigmaCache::open(dir.path()).insert(key(1), Arc::new(sigma(49, 1.0)));
        let path = dir.path().join(FILE_NAME);
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        let cache = SigmaCache::open(dir.path());
        assert_eq!(read(&cache, 1, 49), None);
        assert_eq!(cache.stats().damaged, 1);
    }

    #[test]
    fn a_matrix_of_another_shape_is_not_returned() {
        let dir = tempfile::tempdir().unwrap();
        SigmaCache::open(dir.path()).insert(key(1), Arc::new(sigma(49, 1.0)));
        let cache = SigmaCache::open(dir.path());
        assert_eq!(read(&cache, 1, 81), None);
        assert_eq!(cache.stats().damaged, 1);
        assert_eq!(stored(dir.path(), 1, 49), Some(sigma(49, 1.0)));
    }

    #[test]
    fn a_truncated_or_foreign_file_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        SigmaCache::open(dir.path()).insert(key(1), Arc::new(sigma(49, 1.0)));
        let path = dir.path().join(FILE_NAME);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 4]).unwrap();
        assert_eq!(stored(dir.path(), 1, 49), None);
        std::fs::write(&path, b"not a cache at all").unwrap();
        assert_eq!(stored(dir.path(), 1, 49), None);
        // A run over a foreign file replaces it with a good one.
        SigmaCache::open(dir.path()).insert(key(2), Arc::new(sigma(9, 1.0)));
        assert_eq!(stored(dir.path(), 2, 9), Some(sigma(9, 1.0)));
    }

    #[test]
    fn experts_with_one_key_share_one_matrix_and_one_entry() {
        let dir = tempfile::tempdir().unwrap();
        {
            let cache = SigmaCache::open(dir.path());
            let first = cache.insert(key(1), Arc::new(sigma(9, 1.0)));
            let second = cache.insert(key(1), Arc::new(sigma(9, 1.0)));
            assert!(Arc::ptr_eq(&first, &second));
            assert!(Arc::ptr_eq(&first, &cache.get(&key(1), shape(9)).unwrap()));
        }
        let cache = SigmaCache::open(dir.path());
        assert_eq!(cache.index.len(), 1);
        assert_eq!(read(&cache, 1, 9), Some(sigma(9, 1.0)));
    }

    #[test]
    fn keys_change_with_every_input() {
        let c = components_digest(&[vec![1.0, 2.0]]);
        let base = sigma_key(9, &c, &[0.5, 0.25], &[1.0]);
        assert_ne!(base, sigma_key(7, &c, &[0.5, 0.25], &[1.0]));
        assert_ne!(
            base,
            sigma_key(
                9,
                &components_digest(&[vec![1.0, 2.5]]),
                &[0.5, 0.25],
                &[1.0]
            )
        );
        assert_ne!(base, sigma_key(9, &c, &[0.5, 0.25000001], &[1.0]));
        assert_ne!(base, sigma_key(9, &c, &[0.5, 0.25], &[1.0, 0.0]));
        assert_eq!(base, sigma_key(9, &c, &[0.5, 0.25], &[1.0]));
    }
}
