//! Turning outlines into drawable, hit-testable point lists, and hit-testing them.

use super::geometry::{Outline, Point};

/// Points per Catmull-Rom span when smoothing.
const SEGMENTS_PER_SPAN: usize = 8;
/// Points on an ellipse.
const ELLIPSE_POINTS: usize = 48;

/// An outline resolved to straight segments, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolved {
    /// A closed polygon (may be concave).
    Polygon(Vec<Point>),
    /// An open line with a width.
    Line {
        /// The points.
        points: Vec<Point>,
        /// Stroke width.
        width: f32,
    },
}

impl Resolved {
    /// Resolves an outline: smooths it if asked, turns ellipses into polygons.
    pub fn from_outline(outline: &Outline) -> Self {
        match outline {
            Outline::Polygon { points, smooth } => Resolved::Polygon(if *smooth {
                catmull_rom(points, true)
            } else {
                points.clone()
            }),
            Outline::Line {
                points,
                width,
                smooth,
            } => Resolved::Line {
                points: if *smooth {
                    catmull_rom(points, false)
                } else {
                    points.clone()
                },
                width: *width,
            },
            Outline::Ellipse {
                center,
                radii,
                rotation_deg,
            } => Resolved::Polygon(ellipse(*center, *radii, *rotation_deg)),
        }
    }

    /// The points of the outline.
    pub fn points(&self) -> &[Point] {
        match self {
            Resolved::Polygon(points) | Resolved::Line { points, .. } => points,
        }
    }

    /// Whether `point` is on the shape: inside a polygon (or on its edge), or within half the
    /// width of a line.
    pub fn contains(&self, point: Point) -> bool {
        match self {
            Resolved::Polygon(points) => {
                polygon_contains(points, point) || distance_to_polyline(points, point, true) <= 0.5
            }
            Resolved::Line { points, width } => {
                distance_to_polyline(points, point, false) <= width * 0.5
            }
        }
    }

    /// Axis-aligned bounds: (min, max).
    pub fn bounds(&self) -> (Point, Point) {
        let mut min = [f32::INFINITY; 2];
        let mut max = [f32::NEG_INFINITY; 2];
        for p in self.points() {
            min = [min[0].min(p[0]), min[1].min(p[1])];
            max = [max[0].max(p[0]), max[1].max(p[1])];
        }
        if let Resolved::Line { width, .. } = self {
            let half = width * 0.5;
            min = [min[0] - half, min[1] - half];
            max = [max[0] + half, max[1] + half];
        }
        (min, max)
    }

    /// A point well inside the shape, used to place focus rings and leader lines.
    pub fn centroid(&self) -> Point {
        let points = self.points();
        if points.is_empty() {
            return [0.0, 0.0];
        }
        let n = points.len() as f32;
        let sum = points
            .iter()
            .fold([0.0, 0.0], |acc, p| [acc[0] + p[0], acc[1] + p[1]]);
        [sum[0] / n, sum[1] / n]
    }
}

/// Even-odd rule point-in-polygon test; works for concave polygons.
pub fn polygon_contains(points: &[Point], point: Point) -> bool {
    let [x, y] = point;
    let mut inside = false;
    let n = points.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let [xi, yi] = points[i];
        let [xj, yj] = points[j];
        if (yi > y) != (yj > y) {
            let x_cross = xj + (y - yj) * (xi - xj) / (yi - yj);
            if x < x_cross {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// Shortest distance from `point` to a polyline (closed when `closed`).
pub fn distance_to_polyline(points: &[Point], point: Point, closed: bool) -> f32 {
    let n = points.len();
    match n {
        0 => return f32::INFINITY,
        1 => return distance(points[0], point),
        _ => {}
    }
    let segment_count = if closed { n } else { n - 1 };
    (0..segment_count)
        .map(|i| distance_to_segment(points[i], points[(i + 1) % n], point))
        .fold(f32::INFINITY, f32::min)
}

fn distance(a: Point, b: Point) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

fn distance_to_segment(a: Point, b: Point, p: Point) -> f32 {
    let ab = [b[0] - a[0], b[1] - a[1]];
    let length_sq = ab[0] * ab[0] + ab[1] * ab[1];
    if length_sq == 0.0 {
        return distance(a, p);
    }
    let t = (((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / length_sq).clamp(0.0, 1.0);
    distance([a[0] + t * ab[0], a[1] + t * ab[1]], p)
}

/// A uniform Catmull-Rom curve through `points` (closed or open).
pub fn catmull_rom(points: &[Point], closed: bool) -> Vec<Point> {
    let n = points.len();
    if n < 3 {
        return points.to_vec();
    }
    let at = |i: isize| -> Point {
        if closed {
            points[i.rem_euclid(n as isize) as usize]
        } else {
            points[i.clamp(0, n as isize - 1) as usize]
        }
    };
    let spans = if closed { n } else { n - 1 };
    let mut out = Vec::with_capacity(spans * SEGMENTS_PER_SPAN + 1);
    for span in 0..spans as isize {
        let (p0, p1, p2, p3) = (at(span - 1), at(span), at(span + 1), at(span + 2));
        for step in 0..SEGMENTS_PER_SPAN {
            let t = step as f32 / SEGMENTS_PER_SPAN as f32;
            let (t2, t3) = (t * t, t * t * t);
            let coord = |k: usize| {
                0.5 * ((2.0 * p1[k])
                    + (-p0[k] + p2[k]) * t
                    + (2.0 * p0[k] - 5.0 * p1[k] + 4.0 * p2[k] - p3[k]) * t2
                    + (-p0[k] + 3.0 * p1[k] - 3.0 * p2[k] + p3[k]) * t3)
            };
            out.push([coord(0), coord(1)]);
        }
    }
    if !closed {
        out.push(points[n - 1]);
    }
    out
}

fn ellipse(center: Point, radii: Point, rotation_deg: f32) -> Vec<Point> {
    let (sin, cos) = rotation_deg.to_radians().sin_cos();
    (0..ELLIPSE_POINTS)
        .map(|i| {
            let angle = i as f32 / ELLIPSE_POINTS as f32 * std::f32::consts::TAU;
            let (x, y) = (radii[0] * angle.cos(), radii[1] * angle.sin());
            [center[0] + x * cos - y * sin, center[1] + x * sin + y * cos]
        })
        .collect()
}

/// Splits a simple polygon (concave allowed, no self-intersections) into triangles by ear
/// clipping, because the painter fills only convex shapes correctly. Returns index triples.
pub fn triangulate(points: &[Point]) -> Vec<[u32; 3]> {
    let n = points.len();
    if n < 3 {
        return Vec::new();
    }
    let area: f32 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a[0] * b[1] - b[0] * a[1]
        })
        .sum();
    let mut remaining: Vec<usize> = (0..n).collect();
    if area < 0.0 {
        remaining.reverse();
    }
    let cross = |a: Point, b: Point, c: Point| {
        (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    };
    let mut triangles = Vec::with_capacity(n - 2);
    let mut guard = 0;
    while remaining.len() > 3 && guard < n * n {
        guard += 1;
        let m = remaining.len();
        let mut clipped = false;
        for i in 0..m {
            let (ia, ib, ic) = (
                remaining[(i + m - 1) % m],
                remaining[i],
                remaining[(i + 1) % m],
            );
            let (a, b, c) = (points[ia], points[ib], points[ic]);
            if cross(a, b, c) <= 0.0 {
                continue; // reflex corner, not an ear
            }
            let contains_other = remaining.iter().any(|&j| {
                j != ia && j != ib && j != ic && {
                    let p = points[j];
                    cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0
                }
            });
            if !contains_other {
                triangles.push([ia as u32, ib as u32, ic as u32]);
                remaining.remove(i);
                clipped = true;
                break;
            }
        }
        if !clipped {
            // Degenerate input (collinear or touching points): fan the rest.
            break;
        }
    }
    for k in 1..remaining.len().saturating_sub(1) {
        triangles.push([
            remaining[0] as u32,
            remaining[k] as u32,
            remaining[k + 1] as u32,
        ]);
    }
    triangles
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A "U" shape: concave, with a notch between the arms.
    fn u_shape() -> Vec<Point> {
        vec![
            [0.0, 0.0],
            [10.0, 0.0],
            [10.0, 20.0],
            [20.0, 20.0],
            [20.0, 0.0],
            [30.0, 0.0],
            [30.0, 30.0],
            [0.0, 30.0],
        ]
    }

    #[test]
    fn inside_and_outside() {
        let square = vec![[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]];
        assert!(polygon_contains(&square, [5.0, 5.0]));
        assert!(!polygon_contains(&square, [15.0, 5.0]));
        assert!(!polygon_contains(&square, [-0.1, 5.0]));
    }

    #[test]
    fn concave_notch_is_outside() {
        let u = Resolved::Polygon(u_shape());
        assert!(u.contains([5.0, 10.0]), "left arm");
        assert!(u.contains([25.0, 10.0]), "right arm");
        assert!(!u.contains([15.0, 10.0]), "the notch between the arms");
        assert!(u.contains([15.0, 25.0]), "the base");
    }

    #[test]
    fn on_the_edge_counts_as_inside() {
        let u = Resolved::Polygon(u_shape());
        assert!(u.contains([0.0, 15.0]), "left edge");
        assert!(u.contains([15.0, 20.0]), "bottom of the notch");
        assert!(u.contains([30.0, 30.0]), "corner");
    }

    #[test]
    fn lines_have_width() {
        let line = Resolved::Line {
            points: vec![[0.0, 0.0], [100.0, 0.0]],
            width: 6.0,
        };
        assert!(line.contains([50.0, 2.9]));
        assert!(!line.contains([50.0, 3.1]));
        assert!(!line.contains([104.0, 0.0]));
    }

    fn triangles_area(points: &[Point], triangles: &[[u32; 3]]) -> f32 {
        triangles
            .iter()
            .map(|t| {
                let (a, b, c) = (
                    points[t[0] as usize],
                    points[t[1] as usize],
                    points[t[2] as usize],
                );
                ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])).abs() * 0.5
            })
            .sum()
    }

    #[test]
    fn triangulating_a_concave_polygon_covers_exactly_its_area() {
        let u = u_shape();
        let triangles = triangulate(&u);
        assert_eq!(triangles.len(), u.len() - 2);
        // 30 x 30 minus the 10 x 20 notch.
        assert!((triangles_area(&u, &triangles) - 700.0).abs() < 1e-3);
        let mut reversed = u.clone();
        reversed.reverse();
        assert!((triangles_area(&reversed, &triangulate(&reversed)) - 700.0).abs() < 1e-3);
    }

    #[test]
    fn smoothing_passes_through_control_points() {
        let points = vec![[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]];
        let smooth = catmull_rom(&points, true);
        assert_eq!(smooth.len(), 4 * SEGMENTS_PER_SPAN);
        for p in &points {
            assert!(smooth.iter().any(|s| distance(*s, *p) < 1e-4));
        }
    }

    #[test]
    fn ellipse_contains_its_centre_not_its_corner() {
        let e = Resolved::from_outline(&Outline::Ellipse {
            center: [50.0, 50.0],
            radii: [20.0, 10.0],
            rotation_deg: 0.0,
        });
        assert!(e.contains([50.0, 50.0]));
        assert!(e.contains([69.0, 50.0]));
        assert!(!e.contains([68.0, 59.0]));
    }
}
