//! The lead and the key points.
//!
//! The lead is the article's teaser when the page has one, else its first paragraph. Key
//! points are three to five sentences of the body (not the lead) that carry the story, scored
//! by position (early sentences and paragraph openers first) and content (people,
//! organisations, places, dates and numbers in the sentence), with short, long and question
//! sentences demoted; they are returned in article order.

use super::text::normalise;
use super::token::Kind;
use super::{BlockKind, Doc, Span};
use crate::article::Article;

/// Returns the lead and the key points.
pub(crate) fn extract(article: &Article, doc: &Doc<'_>, facts: &[Span]) -> (String, Vec<String>) {
    let first_paragraph = doc.blocks.iter().find(|b| b.kind == BlockKind::Paragraph && b.tokens.len() > 8);
    let lead = article
        .lead
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .or_else(|| first_paragraph.map(|b| b.text.to_string()))
        .unwrap_or_default();
    let lead_norm = normalise(&lead);
    // (score, block, first token, text)
    let mut cands: Vec<(f64, usize, usize, String)> = Vec::new();
    let mut rank = 0usize;
    for b in &doc.blocks {
        if b.kind != BlockKind::Paragraph {
            continue;
        }
        for (si, s) in b.sentences.iter().enumerate() {
            let words = (s.start..s.end).filter(|&k| b.tokens.get(k).is_some_and(|t| t.kind != Kind::Punct)).count();
            let span = b.span(s.start, s.end);
            let text = b.text.get(span.start..span.end).unwrap_or("").to_string();
            let norm = normalise(&text);
            if words < 5 || norm.is_empty() || lead_norm.contains(&norm) {
                continue;
            }
            let hits =
                facts.iter().filter(|f| f.block == span.block && f.start >= span.start && f.end <= span.end).count();
            let mut score = 1.0 / (1.0 + 0.12 * rank as f64);
            if si == 0 {
                score += 0.25;
            }
            score += 0.12 * (hits.min(6) as f64);
            if !(8..=45).contains(&words) {
                score *= 0.5;
            }
            if text.ends_with('?') || text.ends_with(':') {
                score *= 0.4;
            }
            cands.push((score, b.index, s.start, text));
            rank += 1;
        }
    }
    let want = (cands.len() / 5).clamp(3, 5).min(cands.len());
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    cands.truncate(want);
    cands.sort_by_key(|c| (c.1, c.2));
    (lead, cands.into_iter().map(|c| c.3).collect())
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Block, BlockKind};

    #[test]
    fn lead_and_points_in_order() {
        let para = |t: &str| Block { kind: BlockKind::Paragraph, text: t.into() };
        let a = Article {
            lang: Some("en".into()),
            lead: Some("The city will add buses.".into()),
            blocks: vec![
                para("Mayor Linda Hartmann said on Monday that the city will add 40 buses to the network."),
                para("The plan costs $412 million and was approved by the Metro Transit Authority board."),
                para("Some people like buses. Others do not like them at all, it seems."),
                para("Raj Patel, the authority's chief planner, expects 38,000 riders next year on the line."),
            ],
            ..Article::default()
        };
        let f = crate::facts::extract(&a);
        assert_eq!(f.lead, "The city will add buses.");
        assert_eq!(f.key_points.len(), 3);
        assert!(f.key_points[0].starts_with("Mayor Linda Hartmann"));
        assert!(f.key_points[2].starts_with("Raj Patel"));
    }

    #[test]
    fn empty_article() {
        let f = crate::facts::extract(&Article::default());
        assert!(f.lead.is_empty() && f.key_points.is_empty() && f.people.is_empty());
    }
}
