/**
 * Notifications of a person: written by any module inside the transaction of the change they
 * report (so a rolled-back change tells nobody), shown in the portal (the header's bell, the
 * notifications page, the API) and copied by e-mail through an outbox that a scheduled sender
 * drains, so a slow or absent mail server never slows or breaks a business request.
 */
package ru.trajectory.platform.notifications;
