// mimalloc: claim extraction makes many small allocations, which it serves faster than the
// system allocator (see the README's speed section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of mimalloc v3, which
/// libmimalloc-sys builds by default and does not name): how long freed memory stays mapped.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Freed memory goes back to the system at once instead of after mimalloc's default delay (1 s in v3). A long text's quote
    // and position pass frees its name lists before the claims pile up; with the delay, peak
    // memory depended on timing (a 20 MB text: 229 to 285 MiB between identical runs; 100 MB
    // crossed 1 GB); without it, the freed pages are reused or returned.
    // SAFETY: sets one integer option, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    claimdiff::app::main()
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option number is mimalloc's purge delay: in v3's table of options (src/options.c)
    /// its default is 1000 ms, and the option after it (use_numa_nodes) defaults to 0. A mimalloc with another order of
    /// options fails here rather than silently setting something else.
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // SAFETY: reads integer options.
        let (delay, next) = unsafe {
            (
                libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY),
                libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY + 1),
            )
        };
        assert_eq!((delay, next), (1000, 0));
    }
}
