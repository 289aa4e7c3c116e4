//! How many worker threads a run starts by default: the CPUs this process may use, not the
//! machine's cores. On a shared node (a Slurm allocation, `taskset`, a container with a CPU
//! quota) more threads than allowed CPUs only time-slice against each other.

use crate::error::{Error, Result};

/// CPUs per task of a Slurm job (`--cpus-per-task`), set by Slurm in the job's environment.
pub const SLURM_CPUS_PER_TASK: &str = "SLURM_CPUS_PER_TASK";

/// CPUs this process may run on, as [`std::thread::available_parallelism`] reports them: on
/// Linux the CPUs of its affinity mask (`sched_getaffinity`, e.g. under `taskset` or a
/// scheduler's CPU binding), lowered to its cgroup's CPU quota when there is one. 1 when unknown.
pub fn usable_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The default number of worker threads: [`usable_cpus`], lowered to `SLURM_CPUS_PER_TASK` when
/// that is set (Slurm does not always bind a task to its CPUs).
///
/// # Errors
/// [`Error::Invalid`] when `SLURM_CPUS_PER_TASK` is set but not a positive whole number.
pub fn default_worker_threads() -> Result<usize> {
    worker_threads(
        usable_cpus(),
        std::env::var(SLURM_CPUS_PER_TASK).ok().as_deref(),
    )
}

/// [`default_worker_threads`] for `usable` CPUs and the value of `SLURM_CPUS_PER_TASK`.
///
/// # Errors
/// [`Error::Invalid`] when `slurm_cpus_per_task` is not a positive whole number.
pub fn worker_threads(usable: usize, slurm_cpus_per_task: Option<&str>) -> Result<usize> {
    let cap = match slurm_cpus_per_task {
        None => usize::MAX,
        Some(text) => text
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "{SLURM_CPUS_PER_TASK}={text:?} is not a positive whole number; \
                     give --threads N"
                ))
            })?,
    };
    Ok(usable.min(cap).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slurm_cpus_per_task_lowers_the_usable_cpus() {
        assert_eq!(worker_threads(8, None).unwrap(), 8);
        assert_eq!(worker_threads(8, Some("2")).unwrap(), 2);
        // Slurm's count never raises the threads above what the affinity mask allows.
        assert_eq!(worker_threads(2, Some("16")).unwrap(), 2);
        assert_eq!(worker_threads(0, None).unwrap(), 1);
        for bad in ["", "0", "two", "-1", "1.5"] {
            let err = worker_threads(8, Some(bad)).unwrap_err().to_string();
            assert!(err.contains(SLURM_CPUS_PER_TASK), "{bad}: {err}");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn usable_cpus_follow_the_affinity_mask() {
        // The affinity mask as the kernel reports it for this process.
        // SAFETY: `set` is a plain bit set, zero-initialised, and its size is passed.
        let mask_cpus = unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            assert_eq!(
                libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set),
                0
            );
            libc::CPU_COUNT(&set) as usize
        };
        assert!(usable_cpus() >= 1);
        assert!(
            usable_cpus() <= mask_cpus,
            "{} > {mask_cpus}",
            usable_cpus()
        );
    }
}
