//! Text and Markdown articles: optional front matter, then the body.

use crate::load::LoadOptions;
use crate::load::assemble::{Origin, assemble};
use crate::load::front_matter;
use crate::load::metadata::{Metadata, MetadataKind};
use crate::model::Article;

/// The article of a decoded text file. `text` stays whole (front matter included) so that
/// spans index the file; `body` is what follows the front matter.
pub(super) fn parse(mut origin: Origin, text: String, opts: &LoadOptions) -> Article {
    let split = front_matter::parse(&text);
    origin.warnings.extend(split.warnings);
    let metadata = match split.fields {
        Some(fields) => {
            let mut metadata = Metadata::new(MetadataKind::FrontMatter);
            for field in fields {
                metadata.set(&field.key, field.value);
            }
            metadata
        }
        None => Metadata::new(MetadataKind::None),
    };
    assemble(origin, text, split.body, metadata, opts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateOrigin;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn load(text: &str, published: Option<jiff::civil::Date>) -> Article {
        let origin = Origin {
            id: "a".into(),
            path: "a.txt".into(),
            warnings: Vec::new(),
        };
        let a = parse(
            origin,
            text.to_owned(),
            &LoadOptions {
                published,
                ..LoadOptions::default()
            },
        );
        assert!(a.body.indexes(&a.text), "body must index text");
        assert_eq!(a.text, text, "text is the whole file");
        a
    }

    /// The seed document as it was given (seed-raw), cut after its first paragraphs.
    const SEED_RAW: &str = "Kerry to Meet Putin in Moscow Next Week on Syrian Transition\n\nUpdated on\n  • Visit aims to narrow divisions ahead of Dec. 18 New York talks\n  • Russia says no agreement on Syrian opposition, terror groups\n\nU.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow next week to discuss moving toward a political transition in Syria as the two countries remain at odds over how to end the five-year civil war.\n\nThe visit on Tuesday comes as the U.S. seeks agreement among Russia and other major powers for a meeting that Kerry wants to hold on Dec. 18 in New York to pursue a cease-fire and an interim power-sharing government in Syria.\n";

    /// The constructed wire report of seed-event, without its front matter.
    const WIRE_RAW: &str = "Kerry heads to Moscow on Tuesday for Syria talks with Putin and Lavrov\n\nWASHINGTON, Dec. 11 - Secretary of State John Kerry will travel to Moscow next Tuesday, Dec. 15, to meet President Vladimir Putin and Foreign Minister Sergei Lavrov, State Department spokesman Mark Toner said on Friday.\n";

    #[test]
    fn front_matter_sets_fields_and_body() {
        let text = "---\r\noutlet: Bloomberg\r\ntitle: 'Kerry to Meet Putin'\r\npublished: 2015-12-11\r\nurl: https://www.bloomberg.com/x\r\nsource: the seed\r\n---\r\nKerry will meet Putin.\r\n";
        let a = load(text, Some(date(2020, 1, 1)));
        assert_eq!(a.outlet.as_deref(), Some("Bloomberg"));
        assert_eq!(a.title.as_deref(), Some("Kerry to Meet Putin"));
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert_eq!(a.published_origin, Some(DateOrigin::Metadata));
        assert_eq!(a.url.as_deref(), Some("https://www.bloomberg.com/x"));
        assert_eq!(a.extra.get("source").map(String::as_str), Some("the seed"));
        assert_eq!(a.body_text(), "Kerry will meet Putin.\r\n");
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn seed_raw_infers_the_title_and_has_no_date() {
        let a = load(SEED_RAW, None);
        assert_eq!(
            a.title.as_deref(),
            Some("Kerry to Meet Putin in Moscow Next Week on Syrian Transition")
        );
        assert_eq!(a.published, None);
        assert_eq!(
            a.warnings,
            [
                "no publication date found (no front matter, dateline or \"Updated on\" line); relative dates stay unresolved; pass --published YYYY-MM-DD"
            ]
        );
        assert_eq!(a.body_text(), SEED_RAW);
    }

    #[test]
    fn seed_raw_takes_the_command_line_date() {
        let a = load(SEED_RAW, Some(date(2015, 12, 11)));
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert_eq!(a.published_origin, Some(DateOrigin::CommandLine));
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn wire_dateline_needs_a_year() {
        let a = load(WIRE_RAW, None);
        assert_eq!(a.published, None);
        assert!(a.warnings[0].contains("dateline \"WASHINGTON, Dec. 11 -\" gives no year"));
        let a = load(WIRE_RAW, Some(date(2015, 12, 12)));
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert_eq!(a.published_origin, Some(DateOrigin::Dateline));
        let dated = WIRE_RAW.replace("Dec. 11 -", "Dec. 11, 2015 -");
        assert_eq!(load(&dated, None).published, Some(date(2015, 12, 11)));
    }

    #[test]
    fn front_matter_without_a_date_falls_back_to_the_dateline() {
        let text = format!("---\noutlet: wire\n---\n{WIRE_RAW}");
        let a = load(&text, Some(date(2015, 12, 30)));
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert_eq!(a.published_origin, Some(DateOrigin::Dateline));
        assert_eq!(
            a.title.as_deref(),
            Some("Kerry heads to Moscow on Tuesday for Syria talks with Putin and Lavrov")
        );
    }

    #[test]
    fn a_bad_published_value_warns() {
        let a = load("---\npublished: 2015-13-45\n---\nText.\n", None);
        assert_eq!(a.published, None);
        assert_eq!(
            a.warnings,
            [
                "front matter: published \"2015-13-45\" is not a date (YYYY-MM-DD); relative dates stay unresolved; pass --published YYYY-MM-DD"
            ]
        );
    }

    #[test]
    fn an_unclosed_block_is_body() {
        let text = "---\ntitle: Kerry\nKerry will meet Putin.\n";
        let a = load(text, None);
        assert_eq!(a.title, None);
        assert_eq!(a.body_text(), text);
        assert!(a.warnings[0].contains("no closing \"---\""));
    }

    proptest! {
        #[test]
        fn body_always_indexes_text(text in "(---\r?\n)?((title|published|x): ?.{0,20}\r?\n|.{0,40}\r?\n){0,5}(---\r?\n)?.{0,80}") {
            load(&text, None);
        }

        #[test]
        fn any_text_loads(text in any::<String>()) {
            load(&text, Some(date(2015, 12, 11)));
        }
    }
}
