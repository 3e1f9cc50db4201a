//! One article from its text, body span and metadata, with title and date inferred where the
//! metadata is silent. Every format ends here.

use crate::load::metadata::Metadata;
use crate::load::{LoadOptions, publication, title};
use crate::model::{Article, Span};

/// Where an article was read from, and the problems met on the way.
pub(super) struct Origin {
    pub id: String,
    pub path: String,
    pub warnings: Vec<String>,
}

/// The article of `text` whose body is `body`.
pub(super) fn assemble(
    origin: Origin,
    text: String,
    body: Span,
    metadata: Metadata,
    opts: &LoadOptions,
) -> Article {
    let body_text = body.slice(&text);
    let mut warnings = origin.warnings;
    let title = metadata.title.or_else(|| title::infer(body_text));
    let publication = publication::resolve(
        &metadata.published,
        metadata.kind,
        body_text,
        opts.published,
    );
    warnings.extend(publication.warnings);
    let (published, published_origin) = publication.date.unzip();
    Article {
        id: origin.id,
        path: origin.path,
        outlet: metadata.outlet,
        title,
        published,
        published_origin,
        url: metadata.url,
        text,
        body,
        extra: metadata.extra,
        warnings,
    }
}
