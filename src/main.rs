//! The `iepress` command: turns arguments into options and calls the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
