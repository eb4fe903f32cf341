package org.planwatch.consumer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * E-mail over SMTP (Jakarta Mail, Angus Mail's implementation): one message per notice, UTF-8,
 * the idempotency key in the {@code Message-ID} domain part and an {@code X-PlanWatch-Key} header
 * so that a mail system or a person can recognise a repeat.
 */
final class EmailChannel implements Channel {
    private final Session session;
    private final String from;
    private final String user;
    private final String password;

    /** @param user null for an SMTP server that takes mail without logging in */
    EmailChannel(String host, int port, boolean startTls, String from, String user, String password) {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(user != null));
        p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(p);
        this.from = from;
        this.user = user;
        this.password = password;
    }

    @Override
    public void send(Notice notice, Routing.Route route) throws IOException {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + notice.key().replaceAll("[^A-Za-z0-9.-]", ".") + "@planwatch>");
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(route.to()));
            message.setSubject(notice.title(), StandardCharsets.UTF_8.name());
            message.setText(notice.text(), StandardCharsets.UTF_8.name());
            message.setHeader("X-PlanWatch-Key", notice.key());
            if (user != null) {
                Transport.send(message, user, password);
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new IOException("SMTP: " + e.getMessage(), e);
        }
    }
}
