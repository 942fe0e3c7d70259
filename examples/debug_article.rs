//! Prints what the article finder chose on one page (for development):
//! `cargo run --example debug_article -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let bytes = std::fs::read(&path).expect("read");
    let decoded = lede::html::decode::decode(&bytes, None);
    let o = lede::html::scan::scan(&decoded.text, 4096).expect("scan");
    let Some(found) = lede::article::body::find(&o) else {
        println!("no article");
        return;
    };
    let r = found.root;
    let attr = |i, a| o.attr(i, a).unwrap_or("").to_string();
    println!(
        "root {r} <{} id={:?} class={:?}> text {}",
        o.tag(r),
        attr(r, lede::outline::AttrName::Id),
        attr(r, lede::outline::AttrName::Class),
        o.text_len(r)
    );
    for a in o.ancestors(r) {
        println!(
            "  in <{} id={:?} class={:?}> text {}",
            o.tag(a),
            attr(a, lede::outline::AttrName::Id),
            attr(a, lede::outline::AttrName::Class),
            o.text_len(a)
        );
    }
    for (n, b) in &found.blocks {
        let t: String = b.text.chars().take(90).collect();
        println!("{n:>6} {:<9} {t}", format!("{:?}", b.kind));
    }
}
