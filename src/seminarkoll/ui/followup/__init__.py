"""After the seminar: the Uppföljning tab with charts, certificates and e-mail lists."""
