# Die Texte von src/wording/results.rs.

results-field-account = Konto-ID
results-field-endpoint = Datenspeicher
results-field-user = Benutzer
results-field-password = Passwort
results-field-home-page = Adresse des Lernsystems

results-account-spaces = Die Konto-ID darf keine Leerzeichen enthalten: Verwenden Sie Buchstaben, Ziffern und Bindestriche, oder lassen Sie sie für ein neues Pseudonym leer.
results-account-too-long = Die Konto-ID ist { $length } Zeichen lang; höchstens { $max } sind möglich.
results-account-is-email = Das sieht nach einer E-Mail-Adresse aus: Jedes gesendete Ergebnis nennt dann Ihren Namen. Behalten Sie sie nur, wenn Ihr Unternehmen das verlangt.
results-endpoint-scheme = Die Adresse des Datenspeichers muss mit https:// beginnen (oder mit http:// in einem lokalen Netz), z. B. https://lrs.example.com/xapi/.
results-endpoint-no-host = Die Adresse des Datenspeichers nennt keinen Server: Tragen Sie ihn nach https:// ein.
results-endpoint-spaces = Die Adresse des Datenspeichers darf keine Leerzeichen enthalten.
results-endpoint-credentials = Tragen Sie Benutzer und Passwort in ihre eigenen Felder ein, nicht in die Adresse des Datenspeichers.
results-endpoint-statements = Lassen Sie /statements in der Adresse des Datenspeichers weg: Es wird beim Senden angehängt (z. B. https://lrs.example.com/xapi/).
results-endpoint-root = Diese Adresse nennt nur den Server: Der xAPI-Endpunkt eines Datenspeichers hat meist einen Pfad, etwa /xapi/ oder /data/xAPI/ (seine Einstellungsseite zeigt ihn).
results-home-page = Die Adresse des Lernsystems muss mit https:// oder http:// beginnen, z. B. https://lms.example.com/.
results-half-credentials-user = Geben Sie auch den Benutzer an, oder lassen Sie Benutzer und Passwort beide leer.
results-half-credentials-password = Geben Sie auch das Passwort an, oder lassen Sie Benutzer und Passwort beide leer.
results-half-credentials-account = Geben Sie auch die Konto-ID an, oder lassen Sie Benutzer und Passwort beide leer.
results-half-credentials-endpoint = Geben Sie auch den Datenspeicher an, oder lassen Sie Benutzer und Passwort beide leer.
results-half-credentials-home-page = Geben Sie auch die Adresse des Lernsystems an, oder lassen Sie Benutzer und Passwort beide leer.
results-credentials-unused = Benutzer und Passwort werden gespeichert, aber erst verwendet, wenn ein Datenspeicher angegeben ist.
results-plain-http-password = Über http:// wird das Passwort unverschlüsselt übertragen: Verwenden Sie https://, es sei denn, der Datenspeicher liegt in Ihrem eigenen Netz.

results-not-saved = { $blocking ->
    [one] Nicht gespeichert: Eine Angabe muss korrigiert werden (siehe oben).
   *[other] Nicht gespeichert: { $blocking } Angaben müssen korrigiert werden (siehe oben).
}

results-csv-written = { $rows ->
    [one] 1 Ergebnis
   *[other] { $rows } Ergebnisse
} nach { $file } geschrieben
