// The canvas's zoom limits and how it fits nodes into view, shared by the editor, its
// opening viewport and its hooks so every fit looks the same.

// Room on the left for the lane labels, so fitting the view never hides a node under them.
export const FIT_VIEW = {
  padding: { left: "150px", right: "40px", top: "48px", bottom: "48px" },
  duration: 300,
} as const;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;
