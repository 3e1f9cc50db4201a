//! The progress bar of `claimdiff batch`, on standard error: events done, their rate, the
//! time taken and how many failed. Drawn only when asked, or when standard error is a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::fmt;
use std::io::IsTerminal;

/// Where the bar goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// On standard error when it is a terminal, else nowhere.
    Auto,
    /// On standard error, terminal or not.
    Always,
    Never,
}

/// Counts events on a bar that may be hidden.
pub struct Progress {
    bar: ProgressBar,
    failed: usize,
}

impl Progress {
    pub fn new(show: Show) -> Progress {
        let target = match show {
            Show::Auto if std::io::stderr().is_terminal() => ProgressDrawTarget::stderr(),
            Show::Always => ProgressDrawTarget::term_like(Box::new(console::Term::stderr())),
            Show::Auto | Show::Never => ProgressDrawTarget::hidden(),
        };
        let style =
            ProgressStyle::with_template("{spinner} {human_pos} events  {rate}  {elapsed}  {msg}")
                .expect("a valid template")
                .with_key("rate", |state: &ProgressState, w: &mut dyn fmt::Write| {
                    let _ = write!(w, "{:.0} events/s", state.per_sec());
                });
        let bar = ProgressBar::with_draw_target(None, target).with_style(style);
        if !bar.is_hidden() {
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
        }
        Progress { bar, failed: 0 }
    }

    /// One event done.
    pub fn event_done(&mut self, failed: bool) {
        if failed {
            self.failed += 1;
            self.bar.set_message(format!("{} failed", self.failed));
        }
        self.bar.inc(1);
    }

    /// Stops and clears the bar (the summary line takes its place).
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
