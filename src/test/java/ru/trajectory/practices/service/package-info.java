/** Unit tests of the practices services' container-free parts (HTML policy). */
package ru.trajectory.practices.service;
