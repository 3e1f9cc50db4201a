//! The output lines of `claimdiff batch`, one JSON object per event:
//! `{"event": ID, "ok": true, "result": COMPARISON}` or `{"event": ID, "ok": false, "error": MESSAGE}`,
//! written through wire types so the field order is fixed.

use serde::Serialize;
use serde_json::value::RawValue;

#[derive(Serialize)]
struct ResultLine<'a> {
    event: &'a str,
    ok: bool,
    result: &'a RawValue,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    /// `null` when the input names no event (a line that is not JSON).
    event: Option<&'a str>,
    ok: bool,
    error: &'a str,
}

/// The line of an event compared: `result` is the comparison's JSON object.
pub(super) fn result(event: &str, result: &RawValue) -> Vec<u8> {
    finish(serde_json::to_vec(&ResultLine {
        event,
        ok: true,
        result,
    }))
}

/// The line of an event that failed.
pub(super) fn error(event: Option<&str>, error: &str) -> Vec<u8> {
    finish(serde_json::to_vec(&ErrorLine {
        event,
        ok: false,
        error,
    }))
}

fn finish(line: serde_json::Result<Vec<u8>>) -> Vec<u8> {
    // Strings, booleans and JSON already written cannot fail to serialize.
    let mut line = line.expect("a batch line serializes");
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_json_object_each() {
        let raw = RawValue::from_string("{\"schema_version\":1}".to_owned()).unwrap();
        assert_eq!(
            String::from_utf8(result("a \"b\"", &raw)).unwrap(),
            "{\"event\":\"a \\\"b\\\"\",\"ok\":true,\"result\":{\"schema_version\":1}}\n"
        );
        assert_eq!(
            String::from_utf8(error(None, "line 2 is not valid JSON")).unwrap(),
            "{\"event\":null,\"ok\":false,\"error\":\"line 2 is not valid JSON\"}\n"
        );
    }
}
