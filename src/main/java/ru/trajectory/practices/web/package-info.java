/**
 * Pages of the practice bank. Authors write a practice up on {@code practices/edit.xhtml}
 * (a rich-text body sanitised by the service, tags, co-authors, materials) and follow it in
 * «Мои практики»; a methodologist of the region takes it from «Экспертиза практик» and publishes
 * it or returns it with scores and comments per criterion; readers search the bank and open a
 * practice. The beans only call the module's services, which are the transaction boundary and
 * decide who may do what, and shape their answers for the views: a refusal becomes a message
 * beside the field it concerns, or the portal's 403/404 page when the page itself is not
 * allowed.
 */
package ru.trajectory.practices.web;
