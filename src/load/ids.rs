//! Source ids are file stems, made unique within an event.

use crate::model::Article;
use std::collections::BTreeSet;

/// Renames every article whose id an earlier article already has to `ID-2`, `ID-3`, …,
/// skipping ids that any article has or was given.
pub(super) fn make_unique(articles: &mut [Article]) {
    let original: BTreeSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut taken = BTreeSet::new();
    for article in articles {
        if taken.contains(&article.id) {
            let fresh = (2..)
                .map(|n| format!("{}-{n}", article.id))
                .find(|id| !taken.contains(id) && !original.contains(id));
            if let Some(fresh) = fresh {
                article.id = fresh;
            }
        }
        taken.insert(article.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_after(ids: &[&str]) -> Vec<String> {
        let mut articles: Vec<Article> =
            ids.iter().map(|id| Article::from_text(*id, "x")).collect();
        make_unique(&mut articles);
        articles.into_iter().map(|a| a.id).collect()
    }

    #[test]
    fn collisions_get_numbers() {
        assert_eq!(ids_after(&["a", "b", "a", "a"]), ["a", "b", "a-2", "a-3"]);
    }

    #[test]
    fn numbers_skip_ids_in_use() {
        assert_eq!(ids_after(&["a", "a", "a-2"]), ["a", "a-3", "a-2"]);
        assert_eq!(
            ids_after(&["a", "a-2", "a-2", "a"]),
            ["a", "a-2", "a-2-2", "a-3"]
        );
    }
}
