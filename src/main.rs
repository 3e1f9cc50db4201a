// mimalloc: claim extraction makes many small allocations, which it serves faster than the
// system allocator (see the README's speed section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    claimdiff::app::main()
}
