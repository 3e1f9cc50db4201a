//! The claimdiff command line on the system allocator, so heap profilers that wrap malloc
//! (heaptrack, valgrind's massif, dhat) see every allocation; the binary uses mimalloc.
//! `heaptrack target/release/examples/sysalloc_cli extract FILE --format json -o OUT`.

fn main() -> std::process::ExitCode {
    claimdiff::app::main()
}
