"""What the layout tests measure in the page: overlapping controls, horizontal overflow,
and clicking a control where it is drawn."""

from playwright.sync_api import Locator, Page

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
# 1366 px at 200 % zoom lays out like a 683 px wide window (WCAG 1.4.10 reflow).
ZOOMED = {"width": 683, "height": 450}
WIDTHS = {"1366": DESKTOP, "390": PHONE, "1366 op 200%": ZOOMED}

# Pairs of visible form controls (and their labels) whose boxes intersect.
_OVERLAPS = """
() => {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const boxes = [...document.querySelectorAll(
      'main input:not([type=hidden]), main select, main textarea, main button, main label')]
    .filter(visible)
    .map((el) => ({el, r: el.getBoundingClientRect(),
                   name: (el.name || el.htmlFor || el.textContent || '').trim().slice(0, 40)}));
  const related = (a, b) => a.contains(b) || b.contains(a)
    || (a.tagName === 'LABEL' && a.htmlFor && a.htmlFor === b.id)
    || (b.tagName === 'LABEL' && b.htmlFor && b.htmlFor === a.id);
  const hits = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (related(a.el, b.el)) continue;
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 1 && y > 1) hits.push(`${a.el.tagName} ${a.name} / ${b.el.tagName} ${b.name}`);
    }
  }
  return hits;
}
"""


def overlapping_controls(page: Page) -> list[str]:
    return page.evaluate(_OVERLAPS)


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the window (0 when it reflows)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def click_where_drawn(page: Page, locator: Locator) -> None:
    """A mouse click at the centre of the element's box, as a person would aim: whatever is
    drawn on top there gets the click, not necessarily this element."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0, locator
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
