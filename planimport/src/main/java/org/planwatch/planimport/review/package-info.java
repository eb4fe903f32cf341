/**
 * The review loop of an import: a person's corrections kept in an overrides file and applied on
 * every re-import ({@link org.planwatch.planimport.review.Overrides}), a report of what was read,
 * inferred and left unread ({@link org.planwatch.planimport.review.ReviewReport}), and what a
 * revised document changes ({@link org.planwatch.planimport.review.CatalogueDiff}).
 */
package org.planwatch.planimport.review;
