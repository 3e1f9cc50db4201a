//! Names of the calendar that every stage reads: the loader in publication stamps, extraction
//! in positions ("opposes the plan on Monday"), comparison in contexts (which say when, not
//! what).

/// Days of the week, lowercase, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
