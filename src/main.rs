fn main() -> std::process::ExitCode {
    claimdiff::app::main()
}
