//! Stamps of model files whose SHA-256 was checked against the manifest, so that a run need
//! not hash unchanged files again.
//!
//! Hashing every model file a run reads (18.5 MB) took about 25 ms of the 0.1 s start-up
//! budget. A stamp records, for one file whose content matched the manifest, what the kernel
//! reports about it: device, inode, size, modification time and status-change time (`ctime`),
//! all to the nanosecond. A file whose stamp still matches is trusted without reading it;
//! any other is hashed, and re-stamped if it matches.
//!
//! Why this cannot let a changed file through: every write to a file, and every change of its
//! times with `touch`/`utimes`, sets its `ctime` to the current time, and no system call sets
//! `ctime` back (only changing the system clock could). Replacing a file by another (`cp`,
//! `mv`, a download renamed into place) gives it a new inode or `ctime`. Two writes within one
//! tick of the kernel's file clock can leave the same times, so a file is stamped only when its
//! `ctime` and modification time are at least [`SETTLE`] older than the moment it was hashed;
//! a younger file is hashed on every run until then. The stamp also holds the manifest's
//! SHA-256, so a new manifest invalidates it.
//!
//! The stamps of one model directory are one small JSON file in the per-user cache directory
//! (`PYFACEAU_CACHE`, else e.g. `~/.cache/pyfaceau-rs/`), never in the repository or the model
//! directory. A file that cannot be read or parsed is ignored (every file is hashed) and
//! rewritten; it is written to a temporary file beside it and renamed into place, so
//! concurrent runs each leave a complete file (the last rename wins, and a stamp lost that
//! way only costs one more hash). Stamps exist on Unix only; elsewhere every run hashes.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Environment variable naming the cache directory of the stamps (`off` disables them).
pub const CACHE_DIR_ENV: &str = "PYFACEAU_CACHE";

/// How much older than its hashing a file's times must be for it to be stamped.
pub const SETTLE: Duration = Duration::from_secs(2);

/// The stamp file's format version; a file of another version is ignored.
const FORMAT: u32 = 1;

/// Why the stamp file could not be read or written. Never fails a run: a stamp file that
/// cannot be used only means every file is hashed.
#[derive(Debug, thiserror::Error)]
pub enum StampError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a stamp file: {detail}")]
    Format { path: PathBuf, detail: String },
}

/// What the kernel reports about a file, enough to tell that it has not changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub dev: u64,
    pub ino: u64,
    pub size: u64,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
}

impl FileStamp {
    /// The stamp of a file's metadata; `None` off Unix.
    pub fn of(meta: &std::fs::Metadata) -> Option<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileStamp {
                dev: meta.dev(),
                ino: meta.ino(),
                size: meta.size(),
                mtime_ns: meta.mtime() as i128 * 1_000_000_000 + meta.mtime_nsec() as i128,
                ctime_ns: meta.ctime() as i128 * 1_000_000_000 + meta.ctime_nsec() as i128,
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// Whether both times are at least [`SETTLE`] before `now`.
    pub fn settled(&self, now: SystemTime) -> bool {
        let Ok(now) = now.duration_since(SystemTime::UNIX_EPOCH) else {
            return false;
        };
        let limit = now.as_nanos() as i128 - SETTLE.as_nanos() as i128;
        self.mtime_ns <= limit && self.ctime_ns <= limit
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct StampFile {
    format: u32,
    /// The model directory the stamps are for.
    dir: PathBuf,
    /// Manifest path → (manifest SHA-256, stamp).
    files: HashMap<String, (String, FileStamp)>,
}

/// The stamps of one model directory, as loaded, plus the ones added by this run.
#[derive(Debug)]
pub struct Stamps {
    /// Where they are kept; `None` when disabled.
    path: Option<PathBuf>,
    dir: PathBuf,
    files: HashMap<String, (String, FileStamp)>,
    changed: bool,
    /// Why the file could not be used, if it could not.
    pub problem: Option<StampError>,
}

/// The cache directory of the stamps: `PYFACEAU_CACHE` (`off`: none), else the per-user cache
/// directory's `pyfaceau-rs`.
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(CACHE_DIR_ENV) {
        Some(v) if v == "off" => None,
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => dirs::cache_dir().map(|d| d.join("pyfaceau-rs")),
    }
}

/// The stamp file of `model_dir` in `cache_dir`: named by the SHA-256 of the directory's
/// absolute path.
pub fn stamp_file(cache_dir: &Path, model_dir: &Path) -> PathBuf {
    let absolute = std::fs::canonicalize(model_dir).unwrap_or_else(|_| model_dir.to_path_buf());
    let key = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    cache_dir.join(format!("verified-{}.json", &hex::encode(key)[..24]))
}

impl Stamps {
    /// The stamps of `model_dir` kept in `cache_dir` (none kept when `cache_dir` is `None`).
    /// A missing file is an empty set; an unreadable or malformed one too, with
    /// [`Stamps::problem`] set.
    pub fn load(cache_dir: Option<&Path>, model_dir: &Path) -> Self {
        let model_dir =
            std::fs::canonicalize(model_dir).unwrap_or_else(|_| model_dir.to_path_buf());
        let model_dir = model_dir.as_path();
        let mut stamps = Stamps {
            path: cache_dir.map(|c| stamp_file(c, model_dir)),
            dir: model_dir.to_path_buf(),
            files: HashMap::new(),
            changed: false,
            problem: None,
        };
        if let Some(path) = &stamps.path {
            match read(path, model_dir) {
                Ok(files) => stamps.files = files,
                // None yet.
                Err(StampError::Io { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    // A file that is there but unusable is replaced on save.
                    stamps.changed = true;
                    stamps.problem = Some(e);
                }
            }
        }
        stamps
    }

    /// Whether `path` (manifest path) is stamped as having content `sha256` with exactly
    /// these metadata.
    pub fn matches(&self, path: &str, sha256: &str, stamp: &FileStamp) -> bool {
        self.path.is_some()
            && self
                .files
                .get(path)
                .is_some_and(|(sha, s)| sha == sha256 && s == stamp)
    }

    /// Records that `path`'s content matched `sha256` when it had metadata `stamp` (only if the
    /// times had settled when it was hashed, `hashed_at`).
    pub fn record(&mut self, path: &str, sha256: &str, stamp: FileStamp, hashed_at: SystemTime) {
        if self.path.is_none() || !stamp.settled(hashed_at) || self.matches(path, sha256, &stamp) {
            return;
        }
        self.files
            .insert(path.to_string(), (sha256.to_string(), stamp));
        self.changed = true;
    }

    /// Forgets `path`'s stamp (its file did not match).
    pub fn forget(&mut self, path: &str) {
        if self.files.remove(path).is_some() {
            self.changed = true;
        }
    }

    /// Writes the stamps if this run changed them: to a temporary file beside the stamp file,
    /// renamed into place.
    ///
    /// # Errors
    /// When the cache directory or the file cannot be written.
    pub fn save(&mut self) -> Result<(), StampError> {
        let Some(path) = self.path.as_ref().filter(|_| self.changed) else {
            return Ok(());
        };
        let io = |path: &Path, source| StampError::Io {
            path: path.to_path_buf(),
            source,
        };
        let parent = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        let file = StampFile {
            format: FORMAT,
            dir: self.dir.clone(),
            files: self.files.clone(),
        };
        let text = serde_json::to_vec(&file).map_err(|e| StampError::Format {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".verified-")
            .suffix(".tmp")
            .tempfile_in(parent)
            .map_err(|e| io(parent, e))?;
        std::io::Write::write_all(&mut tmp, &text).map_err(|e| io(tmp.path(), e))?;
        tmp.persist(path).map_err(|e| io(path, e.error))?;
        self.changed = false;
        Ok(())
    }
}

fn read(path: &Path, model_dir: &Path) -> Result<HashMap<String, (String, FileStamp)>, StampError> {
    let bytes = std::fs::read(path).map_err(|source| StampError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let bad = |detail: String| StampError::Format {
        path: path.to_path_buf(),
        detail,
    };
    let file: StampFile = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    if file.format != FORMAT {
        return Err(bad(format!("format {}, expected {FORMAT}", file.format)));
    }
    if file.dir != model_dir {
        return Err(bad(format!(
            "stamps of {}, not {}",
            file.dir.display(),
            model_dir.display()
        )));
    }
    Ok(file.files)
}
