//! A parallel map that keeps input order and bounded memory: items are read one at a time on
//! the calling thread, worked on in a rayon pool, and handed to the sink in input order as soon
//! as their predecessors have been. At most `window` items are in flight (being worked on, or
//! done and waiting for an earlier one), so memory does not grow with the number of items.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc;

/// Maps `items` through `work` on `pool` and gives each result to `sink` in the order of
/// `items`. Stops at the first error of `sink` (after the items in flight finish). A panic in
/// `work` is raised again on the calling thread.
pub(super) fn map_ordered<T, R, E>(
    pool: &rayon::ThreadPool,
    items: impl Iterator<Item = T>,
    window: usize,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let window = window.max(1);
    let work = &work;
    pool.in_place_scope(|scope| {
        let (done_tx, done_rx) = mpsc::channel();
        let mut waiting = BTreeMap::new();
        let mut started = 0usize;
        let mut written = 0usize;
        // Hands on the finished results that are next in order.
        let mut write_ready = |waiting: &mut BTreeMap<usize, R>, written: &mut usize| {
            while let Some(result) = waiting.remove(written) {
                sink(result)?;
                *written += 1;
            }
            Ok(())
        };
        let receive = |(index, result): (usize, std::thread::Result<R>),
                       waiting: &mut BTreeMap<usize, R>| {
            match result {
                Ok(r) => waiting.insert(index, r),
                Err(panic) => resume_unwind(panic),
            };
        };
        for item in items {
            while started - written >= window {
                let done = done_rx.recv().expect("a worker holds a sender");
                receive(done, &mut waiting);
                write_ready(&mut waiting, &mut written)?;
            }
            let index = started;
            let done_tx = done_tx.clone();
            scope.spawn(move |_| {
                let result = catch_unwind(AssertUnwindSafe(|| work(item)));
                // The receiver is gone only when the sink failed; the result is not needed then.
                let _ = done_tx.send((index, result));
            });
            started += 1;
            while let Ok(done) = done_rx.try_recv() {
                receive(done, &mut waiting);
            }
            write_ready(&mut waiting, &mut written)?;
        }
        while written < started {
            let done = done_rx.recv().expect("a worker holds a sender");
            receive(done, &mut waiting);
            write_ready(&mut waiting, &mut written)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        for threads in [1, 2, 4] {
            let mut got = Vec::new();
            // Earlier items take longer, so later ones finish first on several threads.
            let work = |i: u64| {
                std::thread::sleep(Duration::from_micros((40 - i % 40) * 50));
                i * 10
            };
            map_ordered(&pool(threads), 0..200u64, 16, work, |r| {
                got.push(r);
                Ok::<(), ()>(())
            })
            .unwrap();
            let want: Vec<u64> = (0..200).map(|i| i * 10).collect();
            assert_eq!(got, want, "{threads} threads");
        }
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        let most = AtomicUsize::new(0);
        let written = AtomicUsize::new(0);
        let work = |i: usize| {
            let now = i + 1 - written.load(Ordering::SeqCst);
            most.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(Duration::from_micros(200));
            i
        };
        map_ordered(&pool(3), 0..300usize, 8, work, |_| {
            written.fetch_add(1, Ordering::SeqCst);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(written.load(Ordering::SeqCst), 300);
        assert!(most.load(Ordering::SeqCst) <= 8, "{most:?}");
    }

    #[test]
    fn a_sink_error_stops_the_map() {
        let mut seen = 0;
        let err = map_ordered(
            &pool(2),
            0..1000usize,
            4,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err("closed") } else { Ok(()) }
            },
        )
        .unwrap_err();
        assert_eq!((err, seen), ("closed", 11));
    }

    #[test]
    #[should_panic(expected = "boom at 5")]
    fn a_panic_in_work_is_raised_again() {
        let work = |i: usize| {
            if i == 5 {
                panic!("boom at {i}");
            }
            i
        };
        let _ = map_ordered(&pool(2), 0..20usize, 4, work, |_| Ok::<(), ()>(()));
    }
}
