-- Which country published a situation report (EU for the coordinators), for the situation view's latest report per country.
ALTER TABLE situation_report ADD COLUMN published_country text;
