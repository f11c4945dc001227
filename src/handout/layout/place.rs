//! Chunks placed on pages: a heading takes the first lines of what follows, a paragraph
//! leaves no single line at the foot or head of a page, a box or figure moves whole.

use super::build::Chunk;
use super::{BOX_PAD, FOOTER, Item, KEEP_LINES, MARGIN, Page};

/// Places chunks on pages.
pub(super) fn place(chunks: &[Chunk], size: [f32; 2]) -> Vec<Page> {
    let top = MARGIN;
    let bottom = size[1] - MARGIN - FOOTER;
    let full = bottom - top;
    let mut pages = vec![Page::default()];
    let mut y = top;
    let new_page = |pages: &mut Vec<Page>, y: &mut f32| {
        pages.push(Page::default());
        *y = top;
    };
    for (index, chunk) in chunks.iter().enumerate() {
        let space = if y > top { chunk.space_before } else { 0.0 };
        let mut needed = chunk.needed().min(full);
        // A heading takes the first lines of what follows with it.
        let mut k = index;
        while chunks[k].keep_with_next && k + 1 < chunks.len() {
            k += 1;
            let next = &chunks[k];
            needed += next.space_before
                + if next.keep_with_next {
                    next.height()
                } else {
                    next.needed()
                };
        }
        let needed = needed.min(full);
        if y > top && y + space + needed > bottom {
            new_page(&mut pages, &mut y);
        } else {
            y += space;
        }
        let x0 = MARGIN;
        let mut frame_top = y;
        if chunk.framed {
            y += BOX_PAD;
        }
        if let Some((figure, height, group)) = chunk.figure {
            let page = pages.len() - 1;
            pages[page].items.push(Item::Figure {
                rect: [x0, y, size[0] - 2.0 * MARGIN, height],
                figure,
                group,
            });
            y += height;
        }
        // A drawing beside the lines: placed now, its caption under it; the block ends below
        // whichever is lower.
        let mut side_bottom = None;
        if let Some(side) = &chunk.side {
            let page = pages.len() - 1;
            pages[page].items.push(Item::Figure {
                rect: [x0, y, side.width, side.height],
                figure: side.figure,
                group: side.group,
            });
            let mut below = y + side.height;
            for line in &side.caption {
                below += line.advance;
                pages[page].items.push(Item::Text(line.placed(x0, below)));
            }
            side_bottom = Some((page, below));
        }
        let count = chunk.lines.len();
        let mut placed_here = 0;
        for (i, line) in chunk.lines.iter().enumerate() {
            let last_breakable = i + 1 < count
                && i + 2 == count
                && chunk.lines[i + 1].advance > 0.0
                && y + line.advance + chunk.lines[i + 1].advance > bottom;
            let breaks = line.advance > 0.0
                && placed_here > 0
                && (y + line.advance > bottom || (last_breakable && placed_here >= KEEP_LINES));
            if breaks {
                if chunk.framed {
                    let page = pages.len() - 1;
                    pages[page].items.push(Item::Frame([
                        x0,
                        frame_top,
                        size[0] - 2.0 * MARGIN,
                        y + BOX_PAD - frame_top,
                    ]));
                }
                new_page(&mut pages, &mut y);
                frame_top = y;
                if chunk.framed {
                    y += BOX_PAD;
                }
                placed_here = 0;
            }
            y += line.advance;
            if line.advance > 0.0 {
                placed_here += 1;
            }
            let page = pages.len() - 1;
            pages[page].items.push(Item::Text(line.placed(x0, y)));
        }
        if let Some((page, below)) = side_bottom
            && page == pages.len() - 1
        {
            y = y.max(below);
        }
        y += chunk.tail;
        if chunk.framed {
            y += BOX_PAD;
            let page = pages.len() - 1;
            pages[page].items.push(Item::Frame([
                x0,
                frame_top,
                size[0] - 2.0 * MARGIN,
                y - frame_top,
            ]));
        }
    }
    pages
}
